# pyright: strict
"""Typical calls that must type-check under ``mypy --strict`` and pyright, with exact types.

Never run, only checked (tests/typing/test_typing.py): every ``assert_type`` pins what a user's
type checker infers, so a helper that slips back to ``Any`` fails the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import BinaryIO, assert_type

import httpx
from elevenlabs_api.api.dubbing import dubbing_get
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.pronunciation_dictionaries import pronunciation_dictionaries_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream, text_to_speech_stream_with_timestamps
from elevenlabs_api.api.voices import voices_get, voices_get_all, voices_get_shared, voices_search
from elevenlabs_api.client import AuthenticatedClient
from elevenlabs_api.models import (
    ApiErrorResponse,
    CharacterAlignment,
    DubbingMetadata,
    GetPronunciationDictionaryMetadataResponseModel,
    HistoryItem,
    HistoryPage,
    HTTPValidationError,
    LibraryVoice,
    Model,
    MusicComposeDetailedRequest,
    TextToSpeechRequest,
    Voice,
    VoiceList,
)
from elevenlabs_api.types import Response

from elevenlabs_ext import (
    AsyncAudioStream,
    AsyncElevenLabs,
    AudioStream,
    CursorSpec,
    ElevenLabs,
    NotFoundError,
    TimestampChunk,
    apaginate,
    astream,
    astream_with_timestamps,
    await_dubbing,
    compose_music_detailed,
    paginate,
    stream,
    stream_with_timestamps,
    wait_for_dubbing,
    wait_for_voice_training,
)

VOICE = "21m00Tcm4TlvDq8ikWAM"
BODY = TextToSpeechRequest(text="Hello")


def endpoints(client: ElevenLabs) -> None:
    assert_type(voices_get_all.sync(client=client), VoiceList)
    assert_type(models_list.sync(client=client), list[Model])
    assert_type(voices_get.sync(VOICE, client=client), Voice)
    assert_type(voices_get.sync(voice_id=VOICE, client=client).name, str)
    detailed = voices_get_all.sync_detailed(client=client)
    assert_type(detailed.status_code, HTTPStatus)
    assert_type(detailed.parsed, ApiErrorResponse | HTTPValidationError | VoiceList | None)
    for model in models_list.sync(client=client):
        print(model.model_id, model.can_do_text_to_speech)
    try:
        print(voices_get.sync(VOICE, client=client).name)
    except NotFoundError as error:
        print(error.status_code, error.request_id)


def detailed_keeps_the_whole_response(
    client: ElevenLabs,
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    return voices_get_all.sync_detailed(client=client)


def plain_generated_client(token: str) -> VoiceList:
    # The generated clients still work; error statuses raise errors.UnexpectedStatus from sync().
    return voices_get_all.sync(client=AuthenticatedClient(base_url="https://api.elevenlabs.io", token=token))


async def endpoints_async(client: AsyncElevenLabs) -> None:
    assert_type(await voices_get_all.asyncio(client=client), VoiceList)
    assert_type(await models_list.asyncio(client=client), list[Model])
    assert_type(await voices_get.asyncio(VOICE, client=client), Voice)


def streams(client: ElevenLabs, sink: BinaryIO) -> None:
    with stream(
        text_to_speech_stream, client=client, voice_id=VOICE, body=BODY, output_format="mp3_44100_128"
    ) as audio:
        assert_type(audio, AudioStream)
        assert_type(audio.request_id, str | None)
        for chunk in audio:
            assert_type(chunk, bytes)
    with stream(text_to_speech_stream, client=client, max_retries=5, timeout=30, voice_id=VOICE, body=BODY) as audio:
        audio.to_file("hello.mp3")
    with stream(
        text_to_speech_stream, client=client, timeout=httpx.Timeout(5.0), chunk_size=4096, voice_id=VOICE, body=BODY
    ) as audio:
        assert_type(audio.read(), bytes)
    with stream_with_timestamps(
        text_to_speech_stream_with_timestamps, client=client, voice_id=VOICE, body=BODY
    ) as chunks:
        for item in chunks:
            assert_type(item, TimestampChunk)
            assert_type(item.audio, bytes)
            assert_type(item.alignment, CharacterAlignment | None)
            sink.write(item.audio)
            if item.alignment:
                print(item.alignment.characters, item.alignment.character_start_times_seconds)


async def streams_async(client: AsyncElevenLabs) -> None:
    async with astream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY) as audio:
        assert_type(audio, AsyncAudioStream)
        async for chunk in audio:
            assert_type(chunk, bytes)
    async with astream_with_timestamps(
        text_to_speech_stream_with_timestamps, client=client, voice_id=VOICE, body=BODY
    ) as chunks:
        async for item in chunks:
            assert_type(item.normalized_alignment, CharacterAlignment | None)


def pages(client: ElevenLabs) -> None:
    assert_type(paginate(history_list, client=client, page_size=100), Iterator[HistoryItem])
    for item in paginate(history_list, client=client, page_size=100):
        print(item.history_item_id, item.text)
    for voice in paginate(voices_search, client=client, page_size=10):
        assert_type(voice, Voice)
    for shared in paginate(voices_get_shared, client=client):
        assert_type(shared, LibraryVoice)
    for dictionary in paginate(pronunciation_dictionaries_list, client=client):
        assert_type(dictionary, GetPronunciationDictionaryMetadataResponseModel)
    custom = CursorSpec(items="history", cursor_param="start_after_history_item_id", next_cursor="last_history_item_id")
    assert_type(paginate(history_list, client=client, cursor=custom), Iterator[HistoryItem])
    page = history_list.sync(client=client)
    assert_type(page, HistoryPage)


async def pages_async(client: AsyncElevenLabs) -> None:
    assert_type(apaginate(voices_search, client=client), AsyncIterator[Voice])
    async for item in apaginate(history_list, client=client, page_size=5):
        assert_type(item, HistoryItem)


def waiting(client: ElevenLabs, dubbing_id: str) -> None:
    assert_type(wait_for_dubbing(client, dubbing_id), DubbingMetadata)
    assert_type(wait_for_voice_training(client, VOICE, model_id="eleven_multilingual_v2"), Voice)
    assert_type(dubbing_get.sync(dubbing_id, client=client), DubbingMetadata)
    music = compose_music_detailed(
        client, body=MusicComposeDetailedRequest(prompt="calm piano"), output_format="mp3_44100_128"
    )
    assert_type(music.audio, bytes)


async def waiting_async(client: AsyncElevenLabs, dubbing_id: str) -> None:
    assert_type(await await_dubbing(client, dubbing_id), DubbingMetadata)


def clients() -> None:
    with ElevenLabs(api_key="k", httpx_client=httpx.Client(proxy="http://127.0.0.1:3128")) as client:
        assert_type(client.get_httpx_client(), httpx.Client)
        quick = client.with_options(max_retries=0, timeout=5)
        assert_type(quick, ElevenLabs)
    assert_type(AsyncElevenLabs(api_key="k").get_async_httpx_client(), httpx.AsyncClient)
