"""Fault injection through the real client: resets, retries, truncation, stalls, delays."""

from __future__ import annotations

import time

import pytest
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream, text_to_speech_stream_with_timestamps
from elevenlabs_api.models import TextToSpeechRequest

from elevenlabs_ext import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ElevenLabs,
    InternalServerError,
    StreamDecodeError,
    stream,
    stream_with_timestamps,
)
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE

BODY = TextToSpeechRequest(text="A few words of speech to break in interesting ways.")


def _faulty(client: ElevenLabs, spec: str) -> ElevenLabs:
    return client.with_headers({"x-emulator-fault": spec})


def _read(client: ElevenLabs) -> bytes:
    with stream(text_to_speech_stream, client=client, voice_id=VOICE, body=BODY) as audio:
        return audio.read()


@pytest.mark.parametrize("after", [0, 4096])
def test_reset_is_a_connection_error(client: ElevenLabs, after: int) -> None:
    received = bytearray()

    def read_all() -> None:
        with stream(
            text_to_speech_stream, client=_faulty(client, f"reset_after={after}"), voice_id=VOICE, body=BODY
        ) as audio:
            for chunk in audio:
                received.extend(chunk)

    with pytest.raises(APIConnectionError):
        read_all()
    assert len(received) == after


def test_retry_after_ms_is_honoured_and_retried(emu: Emulator) -> None:
    with emu.client(max_retries=2) as client:
        started = time.monotonic()
        audio = _read(_faulty(client, "status=503; retry_after_ms=150; times=1"))
        elapsed = time.monotonic() - started
    assert audio and elapsed >= 0.15
    assert emu.state.character_count == len(BODY.text)  # the failed attempt cost nothing


def test_retry_after_seconds_is_honoured_and_retried(emu: Emulator) -> None:
    with emu.client(max_retries=1) as client:
        started = time.monotonic()
        assert models_list.sync(client=_faulty(client, "status=429; retry_after=1; times=1; id=seconds"))
        assert time.monotonic() - started >= 1.0


def test_injected_faults_hit_the_next_requests(emu: Emulator) -> None:
    emu.inject("status=500; retry_after_ms=1", times=2)
    with emu.client(max_retries=1) as client:
        with pytest.raises(InternalServerError) as raised:
            models_list.sync(client=client)
        assert raised.value.code == "injected_fault"
        assert models_list.sync(client=client)  # both injected failures are used up


def test_truncated_ndjson_is_a_decode_error(client: ElevenLabs) -> None:
    with (
        pytest.raises(StreamDecodeError, match="truncated"),
        stream_with_timestamps(
            text_to_speech_stream_with_timestamps,
            client=_faulty(client, "truncate_after=300"),
            voice_id=VOICE,
            body=BODY,
        ) as chunks,
    ):
        list(chunks)


def test_truncated_audio_is_short(client: ElevenLabs) -> None:
    assert len(_read(_faulty(client, "truncate_after=1000"))) == 1000


def test_malformed_line_names_its_number(client: ElevenLabs) -> None:
    with (
        pytest.raises(StreamDecodeError) as raised,
        stream_with_timestamps(
            text_to_speech_stream_with_timestamps, client=_faulty(client, "malformed_line=2"), voice_id=VOICE, body=BODY
        ) as chunks,
    ):
        list(chunks)
    assert raised.value.line_number == 2


def test_stall_is_a_timeout(emu: Emulator) -> None:
    with emu.client(max_retries=0, timeout=0.3) as client, pytest.raises(APITimeoutError):
        _read(_faulty(client, "stall_after=500; stall=3"))


def test_delay_before_first_byte(client: ElevenLabs) -> None:
    started = time.monotonic()
    assert models_list.sync(client=_faulty(client, "delay=0.3"))
    assert time.monotonic() - started >= 0.3


def test_global_fault_for_a_path(client: ElevenLabs, emu: Emulator) -> None:
    emu.configure(faults=("delay=0.25; path=/v1/models",))
    started = time.monotonic()
    models_list.sync(client=client)
    assert time.monotonic() - started >= 0.25
    started = time.monotonic()
    _read(client)
    assert time.monotonic() - started < 0.25


def test_bad_fault_spec_is_400(client: ElevenLabs) -> None:
    with pytest.raises(BadRequestError) as raised:
        models_list.sync(client=_faulty(client, "explode=1"))
    assert raised.value.code == "invalid_fault"
