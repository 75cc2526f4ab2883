"""One emulator that checks keys, and the Whisper model loaded once, for the realtime tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pytest

from elevenlabs_ext.emulator import DEFAULT_API_KEY, Emulator

if TYPE_CHECKING:
    from elevenlabs_api.models import OutputFormat

    from elevenlabs_ext import ElevenLabs

VOICE = "JBFqnCBsd6RMkjVDRZzb"
SENTENCE = "The quick brown fox jumps over the lazy dog."


@pytest.fixture(scope="session")
def _realtime_emulator() -> Iterator[Emulator]:
    with Emulator(api_keys=frozenset({DEFAULT_API_KEY})) as emulator:
        yield emulator


@pytest.fixture
def emu(_realtime_emulator: Emulator) -> Iterator[Emulator]:
    _realtime_emulator.reset()
    yield _realtime_emulator
    _realtime_emulator.reset()


@pytest.fixture(scope="session")
def whisper() -> None:
    """Load the recogniser once per session (about a second)."""
    from elevenlabs_ext.emulator._recognizer import load_whisper

    load_whisper()


def speech(client: ElevenLabs, text: str, output_format: OutputFormat = "pcm_16000") -> bytes:
    """The emulator's speech of ``text``, through our client, as raw audio in ``output_format``."""
    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest

    from elevenlabs_ext import stream

    with stream(
        text_to_speech_stream,
        client=client,
        voice_id=VOICE,
        body=TextToSpeechRequest(text=text),
        output_format=output_format,
    ) as audio:
        return audio.read()


async def aspeech(emu: Emulator, text: str, output_format: OutputFormat = "pcm_16000") -> bytes:
    """``speech`` from an async client of ``emu``."""
    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest

    from elevenlabs_ext import astream

    async with (
        emu.async_client(max_retries=0) as client,
        astream(
            text_to_speech_stream,
            client=client,
            voice_id=VOICE,
            body=TextToSpeechRequest(text=text),
            output_format=output_format,
        ) as audio,
    ):
        return await audio.read()


def unseen_speech(text: str, rate: int = 16000) -> npt.NDArray[np.int16]:
    """eSpeak speech the emulator has no fingerprint of (synthesised around its book), at ``rate``."""
    from elevenlabs_ext.emulator._catalog import VOICES
    from elevenlabs_ext.emulator._espeak import engine
    from elevenlabs_ext.emulator._recognizer import resample

    raw = engine().synthesize(text, VOICES[3].espeak)
    samples = resample(np.frombuffer(raw.pcm, dtype=np.int16), raw.sample_rate, rate)
    return np.clip(samples * 32767, -32768, 32767).astype(np.int16)


def word_recall(reference: str, heard: str) -> float:
    """Share of the reference's words heard, in order (longest common subsequence)."""
    import re

    ref = re.findall(r"[a-z']+", reference.lower())
    hyp = re.findall(r"[a-z']+", heard.lower())
    table = [[0] * (len(hyp) + 1) for _ in range(len(ref) + 1)]
    for i, word in enumerate(ref):
        for j, other in enumerate(hyp):
            table[i + 1][j + 1] = table[i][j] + 1 if word == other else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1] / len(ref)
