"""Character timings: exactly the input's characters, non-decreasing, ending with the audio."""

from __future__ import annotations

import base64
import itertools

from elevenlabs_api.api.text_to_speech import (
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream_with_timestamps,
)
from elevenlabs_api.models import TextToSpeechRequest, TextToSpeechWithTimestampsRequest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from elevenlabs_ext import ElevenLabs, stream_with_timestamps
from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE
from .helpers import decode_mp3

TOLERANCE = 0.050  # seconds between the last character's end and the audio's end

# Any text a user might send: letters of every script, digits, punctuation, emoji, spaces,
# newlines; no surrogates (JSON cannot carry them to the API as text) and no control
# characters other than newline and tab.
texts = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        st.sampled_from(" \n\t.,!?'-"),
    ),
    min_size=1,
    max_size=60,
).filter(lambda text: any(ch.isalnum() for ch in text))


def _timed_stream(client: ElevenLabs, text: str) -> tuple[bytes, list[str], list[float], list[float]]:
    audio = bytearray()
    characters: list[str] = []
    starts: list[float] = []
    ends: list[float] = []
    with stream_with_timestamps(
        text_to_speech_stream_with_timestamps,
        client=client,
        voice_id=VOICE,
        body=TextToSpeechRequest(text=text),
        output_format="mp3_44100_128",
    ) as chunks:
        for chunk in chunks:
            audio += chunk.audio
            if chunk.alignment is not None:
                assert chunk.normalized_alignment is not None
                characters += chunk.alignment.characters
                starts += chunk.alignment.character_start_times_seconds
                ends += chunk.alignment.character_end_times_seconds
    return bytes(audio), characters, starts, ends


def _check(text: str, audio: bytes, characters: list[str], starts: list[float], ends: list[float]) -> None:
    assert "".join(characters) == text
    assert len(starts) == len(ends) == len(text)
    assert all(a <= b for a, b in itertools.pairwise(starts)), "start times go backwards"
    assert all(start <= end for start, end in zip(starts, ends, strict=True))
    rate, _, samples = decode_mp3(audio)
    assert abs(ends[-1] - len(samples) / rate) <= TOLERANCE


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
@example(text="Hello, world! Ça va? Grüße aus Köln. 東京は晴れ。🙂 Ende.")
@example(text="  leading and trailing spaces  ")
@example(text="Numbers like 1234 and 3.5 or 10% expand into several words.")
@example(text="e\u0301 combining marks, RTL مرحبا بالعالم, and Ελληνικά.")
def test_stream_alignment_invariants(emu: Emulator, text: str) -> None:
    with emu.client(max_retries=0) as client:
        _check(text, *_timed_stream(client, text))


def test_convert_with_timestamps_invariants(client: ElevenLabs) -> None:
    text = "One sentence. And then, after a pause, another one!"
    result = text_to_speech_convert_with_timestamps.sync(
        client=client, voice_id=VOICE, body=TextToSpeechWithTimestampsRequest(text=text), output_format="mp3_22050_32"
    )
    assert result is not None and result.alignment is not None and result.normalized_alignment is not None
    alignment = result.alignment
    _check(
        text,
        base64.b64decode(result.audio_base64),
        alignment.characters,
        alignment.character_start_times_seconds,
        alignment.character_end_times_seconds,
    )
    assert result.normalized_alignment.characters == alignment.characters


def test_timings_follow_the_speech_not_an_even_spread(client: ElevenLabs) -> None:
    # eSpeak pauses after a sentence; those characters must cover the pause, while an even
    # spread would give every character the same share.
    text = "Stop. Now go on talking for a while without any pause at all"
    _, characters, starts, ends = _timed_stream(client, text)
    durations = [end - start for start, end in zip(starts, ends, strict=True)]
    pause = durations[4] + durations[5]  # ". "
    letters = [d for ch, d in zip(characters, durations, strict=True) if ch.isalpha()]
    assert pause > 2 * (sum(letters) / len(letters))
    assert starts[6] > starts[0] + 0.3  # "N" of "Now" comes after the pause


def test_first_chunk_starts_at_the_encoder_delay(client: ElevenLabs) -> None:
    # MP3 output starts with LAME's delay; the timings are shifted by it so they match the
    # decoded audio.
    _, _, starts, _ = _timed_stream(client, "Hello")
    assert 0.02 < starts[0] < 0.03
