"""The official ``elevenlabs`` SDK drives the emulator: every HTTP call it makes for the
features the emulator serves must work unchanged, sync and async."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import httpx
import miniaudio
import pytest

from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE

elevenlabs = pytest.importorskip("elevenlabs")
from elevenlabs.client import AsyncElevenLabs, ElevenLabs  # noqa: E402

RACHEL = "21m00Tcm4TlvDq8ikWAM"


@pytest.fixture
def sdk(emu: Emulator) -> Iterator[ElevenLabs]:
    with httpx.Client(timeout=30) as http:  # ours, so the test closes its sockets
        yield ElevenLabs(api_key=emu.api_key, base_url=emu.base_url, httpx_client=http)


def _seconds(mp3: bytes) -> float:
    return float(miniaudio.decode(mp3, nchannels=1, sample_rate=22_050).duration)


def test_text_to_speech_convert_stream_and_timestamps(sdk: ElevenLabs, emu: Emulator) -> None:
    whole = b"".join(
        sdk.text_to_speech.convert(VOICE, text="Hello from the official SDK.", model_id="eleven_flash_v2_5")
    )
    chunks = list(sdk.text_to_speech.stream(VOICE, text="Hello from the official SDK.", output_format="mp3_22050_32"))
    assert _seconds(whole) > 1.0 and len(chunks) > 1 and _seconds(b"".join(chunks)) > 1.0
    timed = sdk.text_to_speech.convert_with_timestamps(VOICE, text="Timed words.")
    assert timed.alignment is not None and "".join(timed.alignment.characters) == "Timed words."
    lines = list(sdk.text_to_speech.stream_with_timestamps(VOICE, text="Timed and streamed."))
    assert "".join(c for line in lines if line.alignment for c in line.alignment.characters) == "Timed and streamed."
    assert emu.state.character_count > 0


def test_voices_models_user_history_and_usage(sdk: ElevenLabs, emu: Emulator) -> None:
    b"".join(sdk.text_to_speech.convert(VOICE, text="Something for the history."))
    assert any(voice.voice_id == VOICE for voice in sdk.voices.get_all().voices)
    assert sdk.voices.search(page_size=2).has_more
    assert sdk.voices.get(VOICE).name == "George"
    sdk.voices.settings.update(VOICE, request={"stability": 0.25, "similarity_boost": 0.5})
    assert sdk.voices.settings.get(VOICE).stability == 0.25
    assert any(model.model_id == "eleven_multilingual_v2" for model in sdk.models.list())
    user = sdk.user.get()
    assert user.subscription.character_count == emu.state.character_count
    assert sdk.user.subscription.get().character_limit == emu.options.character_limit
    history = sdk.history.list()
    assert history.history and history.history[0].text == "Something for the history."
    item_id = history.history[0].history_item_id
    assert sdk.history.get(item_id).history_item_id == item_id
    assert _seconds(b"".join(sdk.history.get_audio(item_id))) > 0.5
    now_ms = int(time.time() * 1000)
    usage = sdk.usage.get(start_unix=now_ms - 86_400_000, end_unix=now_ms + 60_000)
    assert sum(sum(values) for values in usage.usage.values()) == emu.state.character_count


def test_voice_changer_and_isolation_streams(sdk: ElevenLabs) -> None:
    george = b"".join(sdk.text_to_speech.convert(VOICE, text="Change my voice, please."))
    changed = b"".join(sdk.speech_to_speech.stream(RACHEL, audio=io.BytesIO(george), output_format="mp3_44100_64"))
    assert abs(_seconds(changed) - _seconds(george)) < 0.3
    whole = b"".join(sdk.speech_to_speech.convert(RACHEL, audio=("george.mp3", george, "audio/mpeg")))
    assert abs(_seconds(whole) - _seconds(george)) < 0.3
    cleaned = b"".join(sdk.audio_isolation.stream(audio=("george.mp3", george, "audio/mpeg")))
    assert abs(_seconds(cleaned) - _seconds(george)) < 0.3
    effect = b"".join(sdk.text_to_sound_effects.convert(text="a bell rings twice", duration_seconds=1.0))
    assert abs(_seconds(effect) - 1.0) < 0.1


async def test_async_sdk_streams(emu: Emulator) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        await _async_calls(AsyncElevenLabs(api_key=emu.api_key, base_url=emu.base_url, httpx_client=http))


async def _async_calls(sdk: AsyncElevenLabs) -> None:
    audio = b"".join([chunk async for chunk in sdk.text_to_speech.stream(VOICE, text="Async hello.")])
    assert _seconds(audio) > 0.5
    cleaned = b"".join([chunk async for chunk in sdk.audio_isolation.stream(audio=("a.mp3", audio, "audio/mpeg"))])
    assert abs(_seconds(cleaned) - _seconds(audio)) < 0.3
    changed = [chunk async for chunk in sdk.speech_to_speech.stream(RACHEL, audio=("a.mp3", audio, "audio/mpeg"))]
    assert len(changed) > 1
