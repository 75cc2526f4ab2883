"""From text to encoded, timed audio chunks (blocking code; routes run it in worker threads).

``synthesize`` speaks one or more utterances (dialogue turns) into one PCM track at eSpeak's
rate, with every character's start and end. ``render`` cuts that track into blocks of
``chunk_seconds``, encodes them in the requested format and hands each block out with the
characters that start inside it, so concatenating the chunks gives the whole audio and the
whole text, in order.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs

from ..audio._formats import OutputFormat
from . import _fingerprint
from ._encoding import encoder_delay, make_encoder
from ._espeak import EspeakEngine, EspeakVoice, engine
from ._timing import CharacterTimes, character_times

__all__ = ["Speech", "SpeechChunk", "Utterance", "render", "synthesize"]

# Silence between dialogue turns, so speakers do not run into each other.
TURN_GAP_SECONDS = 0.3


@attrs.frozen
class Utterance:
    text: str
    voice: EspeakVoice
    speed: float = 1.0
    language: str | None = None


@attrs.frozen
class Speech:
    text: str
    pcm: bytes
    sample_rate: int
    times: CharacterTimes

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration(self) -> float:
        return self.samples / self.sample_rate


@attrs.frozen
class SpeechChunk:
    """One block of encoded audio and the characters that start in it.

    ``audio_start`` (seconds into the audio) paces streaming; ``starts``/``ends`` are the
    characters' times in the *decoded output*, encoder delay included.
    """

    audio: bytes
    audio_start: float
    characters: str
    starts: tuple[float, ...]
    ends: tuple[float, ...]


def synthesize(utterances: Sequence[Utterance], *, espeak: EspeakEngine | None = None) -> Speech:
    """Speak the utterances one after another (blocking)."""
    speaker = espeak or engine()
    pcm = bytearray()
    text: list[str] = []
    starts: list[float] = []
    ends: list[float] = []
    rate = speaker.sample_rate
    for index, utterance in enumerate(utterances):
        if index:
            pcm += bytes(2 * round(TURN_GAP_SECONDS * rate))
        offset = len(pcm) / 2 / rate
        raw = speaker.synthesize(utterance.text, utterance.voice, speed=utterance.speed, language=utterance.language)
        times = character_times(len(utterance.text), raw.words, raw.pauses, raw.duration).shifted(offset)
        pcm += raw.pcm
        text.append(utterance.text)
        starts.extend(times.starts)
        ends.extend(times.ends)
    speech = Speech("".join(text), bytes(pcm), rate, CharacterTimes(tuple(starts), tuple(ends)))
    # So the recogniser can give this audio's exact words back when it comes in again.
    _fingerprint.book().remember(
        speech.text, speech.pcm, rate, _fingerprint.words_of(speech.text, speech.times.starts, speech.times.ends)
    )
    return speech


def render(speech: Speech, fmt: OutputFormat, *, chunk_seconds: float = 0.25) -> Iterator[SpeechChunk]:
    """Encode ``speech`` block by block (lazily: each ``next`` encodes one block)."""
    encoder = make_encoder(fmt, speech.sample_rate, speech.samples)
    delay = encoder_delay(fmt)
    block = max(round(speech.sample_rate * chunk_seconds), 1)
    total = speech.samples
    next_char = 0
    held: SpeechChunk | None = None
    for begin in range(0, max(total, 1), block):
        end = min(begin + block, total)
        audio = encoder.encode(speech.pcm[2 * begin : 2 * end])
        if end >= total:
            audio += encoder.flush()  # the encoder's tail belongs to the last chunk
            stop = len(speech.text)
        else:
            stop = bisect.bisect_left(speech.times.starts, end / speech.sample_rate, lo=next_char)
        chunk = SpeechChunk(
            audio=audio,
            audio_start=begin / speech.sample_rate,
            characters=speech.text[next_char:stop],
            starts=tuple(t + delay for t in speech.times.starts[next_char:stop]),
            ends=tuple(t + delay for t in speech.times.ends[next_char:stop]),
        )
        next_char = stop
        # Hold one chunk back so a chunk whose encoder output is still empty (LAME buffers
        # about a frame) is merged into the next instead of going out as an empty line.
        if held is not None:
            if held.audio:
                yield held
            else:
                chunk = _merge(held, chunk)
        held = chunk
    if held is not None:
        yield held


def _merge(first: SpeechChunk, second: SpeechChunk) -> SpeechChunk:
    return SpeechChunk(
        audio=first.audio + second.audio,
        audio_start=first.audio_start,
        characters=first.characters + second.characters,
        starts=first.starts + second.starts,
        ends=first.ends + second.ends,
    )
