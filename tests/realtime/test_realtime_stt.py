"""The realtime speech-to-text socket: the official SDK's client against the emulator, and faults."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
from typing import Any

import httpx
import numpy as np
import pytest
import websockets
from elevenlabs import AsyncElevenLabs
from elevenlabs.realtime.scribe import AudioFormat, CommitStrategy

from elevenlabs_ext.emulator import Emulator

from .conftest import SENTENCE, aspeech, unseen_speech, word_recall


async def _session(
    emu: Emulator, pcm: bytes, options: dict[str, Any], *, commit: bool, until: str
) -> list[dict[str, Any]]:
    sdk = AsyncElevenLabs(api_key=emu.api_key, base_url=emu.base_url)
    events: list[dict[str, Any]] = []
    done = asyncio.Event()

    def record(data: dict[str, Any]) -> None:
        events.append(data)
        if data.get("message_type") in (until, "error", "auth_error", "invalid_request", "transcriber_error"):
            done.set()

    connection = await sdk.speech_to_text.realtime.connect(
        {"model_id": "scribe_v2_realtime", "audio_format": AudioFormat.PCM_16000, "sample_rate": 16000, **options}  # type: ignore[typeddict-item]
    )
    for name in (
        "session_started",
        "partial_transcript",
        "committed_transcript",
        "committed_transcript_with_timestamps",
        "error",
    ):
        connection.on(name, record)
    for at in range(0, len(pcm), 3200):
        await connection.send({"audio_base_64": base64.b64encode(pcm[at : at + 3200]).decode()})
    if commit:
        await connection.commit()
    await asyncio.wait_for(done.wait(), 30)
    await connection.close()
    return events


async def test_sdk_manual_commit_gives_exact_text_and_word_times(emu: Emulator) -> None:
    pcm = await aspeech(emu, SENTENCE)
    events = await _session(
        emu, pcm, {"include_timestamps": True}, commit=True, until="committed_transcript_with_timestamps"
    )
    kinds = [event["message_type"] for event in events]
    assert kinds[0] == "session_started"
    assert events[0]["config"]["commit_strategy"] == "manual"
    committed = [event for event in events if event["message_type"] == "committed_transcript"]
    assert [event["text"] for event in committed] == [SENTENCE]
    timed = events[-1]
    words = [word for word in timed["words"] if word["type"] == "word"]
    assert [word["text"] for word in words] == SENTENCE.split()
    assert all(a["end"] <= b["start"] + 1e-6 for a, b in itertools.pairwise(words))


async def test_sdk_vad_commits_after_silence_and_recognises_other_speech(emu: Emulator, whisper: None) -> None:
    text = "Please call me back tomorrow morning about the meeting."
    pcm = unseen_speech(text).tobytes() + bytes(2 * 16000)  # speech, then one second of silence
    events = await _session(
        emu,
        pcm,
        {"commit_strategy": CommitStrategy.VAD, "vad_silence_threshold_secs": 0.5},
        commit=False,
        until="committed_transcript",
    )
    committed = [event["text"] for event in events if event["message_type"] == "committed_transcript"]
    assert len(committed) == 1
    assert word_recall(text, committed[0]) >= 0.6
    assert any(event["message_type"] == "partial_transcript" for event in events)


async def _raw(
    url: str, headers: dict[str, str] | None = None, frames: tuple[str, ...] = (), expect: int = 1, until: str = ""
) -> tuple[list[dict[str, Any]], int | None]:
    """Send ``frames``, read until ``expect`` messages or one of type ``until`` came (or the server closed)."""
    async with websockets.connect(url, additional_headers=headers or {}) as socket:
        for frame in frames:
            await socket.send(frame)
        received: list[dict[str, Any]] = []
        try:
            async with asyncio.timeout(10):
                async for message in socket:
                    received.append(json.loads(message))
                    if len(received) >= expect or received[-1].get("message_type") == until:
                        break
        except TimeoutError:
            pass
        if socket.close_code is None:
            await socket.close()
        return received, socket.close_code


def _url(emu: Emulator, query: str) -> str:
    return emu.base_url.replace("http://", "ws://") + "/v1/speech-to-text/realtime?" + query


async def test_auth_and_request_errors(emu: Emulator) -> None:
    received, code = await _raw(_url(emu, "model_id=scribe_v2_realtime"))
    assert received[0]["message_type"] == "auth_error" and code == 1008
    key = {"xi-api-key": emu.api_key}
    received, code = await _raw(_url(emu, "model_id=nope"), key)
    assert received[0]["message_type"] == "invalid_request" and code == 1008
    received, code = await _raw(_url(emu, "model_id=scribe_v2_realtime&vad_threshold=2"), key)
    assert received[0]["message_type"] == "invalid_request" and "vad_threshold" in received[0]["error"]


async def test_single_use_token_opens_one_session(emu: Emulator) -> None:
    headers = {"xi-api-key": emu.api_key}
    async with httpx.AsyncClient(base_url=emu.base_url, headers=headers) as http:
        token = (await http.post("/v1/single-use-token/realtime_scribe")).json()["token"]
    received, _ = await _raw(_url(emu, f"model_id=scribe_v2_realtime&token={token}"))
    assert received[0]["message_type"] == "session_started"
    received, code = await _raw(_url(emu, f"model_id=scribe_v2_realtime&token={token}"))
    assert received[0]["message_type"] == "auth_error" and code == 1008


@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        ("not json", "input_error"),
        ("[" * 100_000, "input_error"),  # nested too deeply for any JSON reader
        (
            '{"message_type": "input_audio_chunk", "audio_base_64": "@@@", "commit": false, "sample_rate": 16000}',
            "input_error",
        ),
        (
            '{"message_type": "input_audio_chunk", "audio_base_64": "", "commit": true, "sample_rate": 16000}',
            "insufficient_audio_activity",
        ),
        (
            json.dumps(
                {
                    "message_type": "input_audio_chunk",
                    "audio_base_64": base64.b64encode(bytes(2 * 16000 * 11)).decode(),
                    "commit": False,
                    "sample_rate": 16000,
                }
            ),
            "chunk_size_exceeded",
        ),
    ],
)
async def test_bad_chunks_get_error_events_and_the_session_goes_on(emu: Emulator, frame: str, kind: str) -> None:
    silence = json.dumps(
        {
            "message_type": "input_audio_chunk",
            "audio_base_64": base64.b64encode(np.zeros(160, np.int16).tobytes()).decode(),
            "commit": False,
            "sample_rate": 16000,
            "unknown_key": 1,
        }
    )
    received, code = await _raw(
        _url(emu, "model_id=scribe_v2_realtime"), {"xi-api-key": emu.api_key}, (frame, silence), expect=2
    )
    assert [event["message_type"] for event in received] == ["session_started", kind]
    assert code == 1000  # our own close: the service did not end the session


async def test_ulaw_audio_with_previous_text(emu: Emulator) -> None:
    """u-law 8 kHz from the emulator's TTS, over the raw protocol: exact text back."""
    ulaw = await aspeech(emu, SENTENCE, "ulaw_8000")
    chunks = [ulaw[at : at + 1600] for at in range(0, len(ulaw), 1600)]
    frames = [
        json.dumps(
            {
                "message_type": "input_audio_chunk",
                "audio_base_64": base64.b64encode(chunk).decode(),
                "commit": index == len(chunks) - 1,
                "sample_rate": 8000,
                "previous_text": "Earlier words." if index == 0 else None,
            }
        )
        for index, chunk in enumerate(chunks)
    ]
    url = _url(emu, "model_id=scribe_v2_realtime&audio_format=ulaw_8000")
    received, _ = await _raw(url, {"xi-api-key": emu.api_key}, tuple(frames), expect=99, until="committed_transcript")
    committed = [event["text"] for event in received if event["message_type"] == "committed_transcript"]
    assert committed == [SENTENCE]
    assert received[0]["config"]["audio_format"] == "ulaw_8000"


def test_vad_waits_for_the_silence_it_is_told() -> None:
    from elevenlabs_ext.emulator._vad import VadSettings, VoiceActivity

    rate = 16000
    tone = (np.sin(np.arange(rate // 2) * 0.2) * 8000).astype(np.int16)  # half a second at about -12 dBFS
    for silence_seconds in (0.5, 1.5):
        vad = VoiceActivity(VadSettings(silence_seconds=silence_seconds), rate)
        assert not vad.feed(tone) and vad.speaking
        quiet = np.zeros(int(rate * (silence_seconds - 0.1)), dtype=np.int16)
        assert not vad.feed(quiet)
        assert vad.feed(np.zeros(int(rate * 0.15), dtype=np.int16))
        assert not vad.speaking
    assert not VoiceActivity(VadSettings(threshold=0.9), rate).feed(
        np.concatenate([tone // 40, np.zeros(rate * 3, np.int16)])
    )
