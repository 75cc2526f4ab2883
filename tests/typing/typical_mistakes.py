# pyright: strict
"""Typical mistakes: each line marked ``# mistake: <mypy error code>`` must be reported, by mypy
with that code and by pyright, and no other line may be.

Never run, only checked (tests/typing/test_typing.py). One mistake per line, so one error cannot
hide another.
"""

from __future__ import annotations

import httpx
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream, text_to_speech_stream_with_timestamps
from elevenlabs_api.api.voices import voices_get, voices_get_all, voices_search
from elevenlabs_api.models import MusicComposeDetailedRequest, TextToSpeechRequest

from elevenlabs_ext import (
    AsyncElevenLabs,
    ElevenLabs,
    apaginate,
    astream,
    astream_with_timestamps,
    await_dubbing,
    compose_music_detailed,
    paginate,
    stream,
    stream_input,
    stream_with_timestamps,
    wait_for_dubbing,
)
from elevenlabs_ext.longform import asynthesize_long, synthesize_long

VOICE = "21m00Tcm4TlvDq8ikWAM"
BODY = TextToSpeechRequest(text="Hello")
WITH_TIMESTAMPS = text_to_speech_stream_with_timestamps


def stream_mistakes(client: ElevenLabs, aclient: AsyncElevenLabs) -> None:
    stream(text_to_speech_stream, client=client, voice_idd=VOICE, body=BODY)  # mistake: call-arg
    stream(text_to_speech_stream, client=client, voice_id=42, body=BODY)  # mistake: arg-type
    stream(text_to_speech_stream, client=client, voice_id=VOICE, body="Hello")  # mistake: arg-type
    stream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY, output_format="mp3")  # mistake: arg-type
    stream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY, timeout="5")  # mistake: arg-type
    stream(text_to_speech_stream, client=client, body=BODY)  # mistake: call-arg
    stream(text_to_speech_stream, client=aclient, voice_id=VOICE, body=BODY)  # mistake: arg-type
    astream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY)  # mistake: arg-type
    stream_with_timestamps(WITH_TIMESTAMPS, client=aclient, voice_id=VOICE, body=BODY)  # mistake: arg-type
    astream_with_timestamps(WITH_TIMESTAMPS, client=aclient, voice_id=VOICE, bdy=BODY)  # mistake: call-arg
    stream(voices_get_all, client=client, show_legacy="yes")  # mistake: arg-type


def yielded_item_mistakes(client: ElevenLabs) -> None:
    with stream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY) as audio:
        for chunk in audio:
            print(chunk.audio)  # mistake: attr-defined
    with stream_with_timestamps(
        text_to_speech_stream_with_timestamps, client=client, voice_id=VOICE, body=BODY
    ) as chunks:
        for item in chunks:
            item.audio.encode()  # mistake: attr-defined
            print(item.alignment.characters)  # mistake: union-attr
            if item.alignment is not None:
                print(item.alignment.charactrs)  # mistake: attr-defined


def paginate_mistakes(client: ElevenLabs, aclient: AsyncElevenLabs) -> None:
    paginate(history_list, client=client, page_sise=100)  # mistake: call-overload
    paginate(history_list, client=client, page_size="100")  # mistake: call-overload
    paginate(history_list, client=aclient)  # mistake: call-overload
    apaginate(voices_search, client=client)  # mistake: call-overload
    for item in paginate(history_list, client=client):
        print(item.voice_idd)  # mistake: attr-defined
    for voice in paginate(voices_search, client=client):
        print(voice.history_item_id)  # mistake: attr-defined


def endpoint_mistakes(client: ElevenLabs, aclient: AsyncElevenLabs) -> None:
    voices_get_all.sync(client=aclient)  # mistake: arg-type
    print(voices_get_all.sync(client=client).voicess)  # mistake: attr-defined
    voices_get.sync(client=client)  # mistake: call-arg
    voices_get.sync(VOICE, client=client, show_legacy=True)  # mistake: call-arg
    for model in models_list.sync(client=client):
        print(model.model_idd)  # mistake: attr-defined
    compose_music_detailed(client, bodyy=MusicComposeDetailedRequest(prompt="piano"))  # mistake: call-arg


async def async_mistakes(client: ElevenLabs, aclient: AsyncElevenLabs) -> None:
    await voices_get_all.asyncio(client=client)  # mistake: arg-type
    await voices_get_all.asyncio(client=aclient, show_legacy=1.5)  # mistake: arg-type
    await await_dubbing(client, "dub")  # mistake: arg-type
    print((await voices_get.asyncio(VOICE, client=aclient)).nam)  # mistake: attr-defined
    await asynthesize_long(client, "A long text.", voice_id=VOICE)  # mistake: arg-type


def client_mistakes(client: ElevenLabs, aclient: AsyncElevenLabs) -> None:
    client.set_httpx_client(httpx.Client())  # mistake: attr-defined
    aclient.set_async_httpx_client(httpx.AsyncClient())  # mistake: attr-defined
    client.get_async_httpx_client()  # mistake: attr-defined
    aclient.get_httpx_client()  # mistake: attr-defined
    wait_for_dubbing(aclient, "dub")  # mistake: arg-type
    print(wait_for_dubbing(client, "dub").statuss)  # mistake: attr-defined
    stream_input(["Hello"], client=aclient, voice_id=VOICE)  # mistake: arg-type
    synthesize_long(aclient, "A long text.", voice_id=VOICE)  # mistake: arg-type
