"""Our realtime speech-to-text client (``RealtimeTranscriber`` and its async twin) against the emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import numpy as np
import pytest
from elevenlabs_api.models import (
    WsSttCommittedTranscript,
    WsSttCommittedTranscriptWithTimestamps,
    WsSttPartialTranscript,
    WsSttSessionStarted,
)

from elevenlabs_ext import (
    AsyncElevenLabs,
    AsyncRealtimeTranscriber,
    AuthenticationError,
    ElevenLabs,
    RealtimeTranscriber,
    SpeechToTextAuthError,
    SpeechToTextInsufficientAudioError,
    SpeechToTextInvalidRequestError,
    acreate_single_use_token,
    atranscribe_realtime,
    create_single_use_token,
    transcribe_realtime,
)
from elevenlabs_ext.emulator import Emulator

from .conftest import SENTENCE, speech, unseen_speech, word_recall


@pytest.fixture
def client(emu: Emulator) -> Iterator[ElevenLabs]:
    with emu.client(max_retries=0) as made:
        yield made


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncElevenLabs]:
    async with emu.async_client(max_retries=0) as made:
        yield made


def test_round_trip_emulator_speech_back_to_text(client: ElevenLabs) -> None:
    pcm = speech(client, SENTENCE)
    texts = list(transcribe_realtime(client, pcm, language_code="en"))
    assert word_recall(SENTENCE, " ".join(texts)) >= 0.6


async def test_async_round_trip_real_recognition_with_vad(aclient: AsyncElevenLabs, whisper: None) -> None:
    # Speech the emulator has no fingerprint of goes to Whisper; two sentences with a pause
    # between them, committed by the service's VAD, the rest by the final commit.
    first, second = "Please call me back tomorrow morning.", "Open the window and let the fresh air in."
    silence = np.zeros(16000, dtype=np.int16)
    pcm = np.concatenate([unseen_speech(first), silence, unseen_speech(second)]).tobytes()

    async def chunks() -> AsyncIterator[bytes]:
        for at in range(0, len(pcm), 3200):  # 100 ms chunks, as a microphone gives them
            yield pcm[at : at + 3200]

    texts = [
        text
        async for text in atranscribe_realtime(
            aclient, chunks(), commit_strategy="vad", vad_silence_threshold_secs=0.5, language_code="en"
        )
    ]
    assert len(texts) == 2, texts
    assert word_recall(first, texts[0]) >= 0.6 and word_recall(second, texts[1]) >= 0.6


def test_step_by_step_events_as_iterator_and_callbacks(client: ElevenLabs) -> None:
    pcm = speech(client, SENTENCE)
    seen: list[Any] = []
    committed: list[str] = []
    with RealtimeTranscriber(client, include_timestamps=True, audio_format="pcm_16000") as stt:
        stt.on(None, seen.append)
        stt.on(WsSttCommittedTranscript, lambda event: committed.append(event.text))
        for at in range(0, len(pcm), 8000):
            stt.send(pcm[at : at + 8000])
        stt.commit()
        assert stt.pending_commits == 1
        events = []
        while stt.pending_commits:
            event = stt.receive(timeout=20)
            assert event is not None
            events.append(event)
    assert stt.closed and stt.receive() is None
    assert events == seen
    assert isinstance(events[0], WsSttSessionStarted) and stt.session is events[0]
    assert any(isinstance(event, WsSttPartialTranscript) for event in events)
    assert committed == [SENTENCE]
    stamped = events[-1]
    assert isinstance(stamped, WsSttCommittedTranscriptWithTimestamps)
    words = [word.text for word in stamped.words if word.type_ == "word"]
    assert words[0] == "The" and words[-1].startswith("dog")
    assert all(word.start is not None and word.end is not None and word.start <= word.end for word in stamped.words)


def test_a_silent_segment_is_a_recoverable_error_and_the_session_goes_on(client: ElevenLabs) -> None:
    pcm = speech(client, "Hello there.")
    with RealtimeTranscriber(client) as stt:
        stt.send(bytes(16000), commit=True)
        assert isinstance(stt.receive(timeout=10), WsSttSessionStarted)
        with pytest.raises(SpeechToTextInsufficientAudioError) as caught:
            stt.receive(timeout=10)
        assert caught.value.recoverable and caught.value.message_type == "insufficient_audio_activity"
        assert stt.pending_commits == 0
        stt.send(pcm, commit=True)
        event = stt.receive(timeout=10)
        while not isinstance(event, WsSttCommittedTranscript):
            event = stt.receive(timeout=10)
    assert event.text == "Hello there."


def test_a_single_use_token_replaces_the_key_and_opens_one_socket(client: ElevenLabs, emu: Emulator) -> None:
    pcm = speech(client, "Hello there.")
    token = create_single_use_token(client, "realtime_scribe")
    # A client holding a wrong key: the token alone must open the socket (no key is sent).
    with ElevenLabs(api_key="sk_wrong", base_url=emu.base_url, max_retries=0) as device:
        assert list(transcribe_realtime(device, pcm, token=token)) == ["Hello there."]
        with pytest.raises(SpeechToTextAuthError) as caught:  # spent
            list(transcribe_realtime(device, pcm, token=token))
        assert caught.value.message_type == "auth_error" and not caught.value.recoverable
        with pytest.raises(AuthenticationError):
            create_single_use_token(device, "realtime_scribe")
    with pytest.raises(ValueError, match="token_type"):
        create_single_use_token(client, "voice_design")  # type: ignore[arg-type]


async def test_async_token_and_refused_options(aclient: AsyncElevenLabs, emu: Emulator) -> None:
    token = await acreate_single_use_token(aclient, "realtime_scribe")
    assert isinstance(token, str) and token
    async with AsyncRealtimeTranscriber(aclient, token=token, model_id="no_such_model") as stt:
        with pytest.raises(SpeechToTextInvalidRequestError) as caught:
            async for _event in stt:
                pass
    assert caught.value.message_type == "invalid_request"
    with pytest.raises(SpeechToTextInvalidRequestError):  # raised again, never read past
        await stt.receive()


def test_a_wrong_key_is_an_auth_error(emu: Emulator) -> None:
    wrong = ElevenLabs(api_key="sk_wrong", base_url=emu.base_url, max_retries=0)
    with wrong, pytest.raises(SpeechToTextAuthError) as caught:
        list(transcribe_realtime(wrong, bytes(3200)))
    assert "sk_wrong" not in str(caught.value)


def test_events_arrive_while_audio_is_still_being_sent(client: ElevenLabs) -> None:
    import threading

    pcm = speech(client, SENTENCE)
    partial_seen = threading.Event()

    def microphone() -> Iterator[bytes]:
        yield pcm[:32000]  # one second of speech, then wait for the service to answer it
        assert partial_seen.wait(10), "no partial transcript while the input was still open"
        yield pcm[32000:]

    with RealtimeTranscriber(client) as stt:
        stt.on(WsSttPartialTranscript, lambda event: partial_seen.set())
        events = list(stt.stream(microphone(), timeout=10))
    assert [event.text for event in events if isinstance(event, WsSttCommittedTranscript)] == [SENTENCE]


async def test_async_events_arrive_while_audio_is_still_being_sent(
    aclient: AsyncElevenLabs, client: ElevenLabs
) -> None:
    import asyncio

    pcm = speech(client, SENTENCE)
    partial_seen = asyncio.Event()

    async def microphone() -> AsyncIterator[bytes]:
        yield pcm[:32000]
        await asyncio.wait_for(partial_seen.wait(), 10)
        yield pcm[32000:]

    async with AsyncRealtimeTranscriber(aclient) as stt:
        stt.on(WsSttPartialTranscript, lambda event: partial_seen.set())
        texts = [
            event.text
            async for event in stt.stream(microphone(), timeout=10)
            if isinstance(event, WsSttCommittedTranscript)
        ]
    assert texts == [SENTENCE]
