"""The voice changer: the recording's words, said again by the target voice (blocking).

``change_voice`` first asks the recogniser (``_recognizer.transcribe``) what was said: the
emulator's own speech comes back exactly from its fingerprint, other speech from Whisper when
the ``stt`` extra is installed. The target voice then speaks those words, and WSOLA moves each
re-spoken word onto the time the recording said it (``_voice_change.warp``), so the result is
as long as the recording and keeps its rhythm. The result is remembered in the fingerprint
book like any synthesis, so the emulator transcribes it exactly when it comes back.

When no words can be heard (no recogniser and no fingerprint, or silence, or noise), the
recording itself is moved to the target voice's pitch with its formants kept
(``shift_pitch_keeping_formants``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from . import _fingerprint
from ._espeak import EspeakEngine, EspeakVoice
from ._recognizer import RecognizerUnavailableError, transcribe
from ._timing import character_times
from ._voice_change import shift_pitch_keeping_formants, voice_f0, warp

__all__ = ["VoiceChange", "change_voice"]

Samples = npt.NDArray[np.float64]

# Anchors closer than this (seconds) add nothing but jitter to the time map.
_MIN_ANCHOR_GAP: Final = 0.01
# A stretch or squeeze past this factor between two anchors garbles the word: such an
# anchor (a recogniser's misplaced word time) is skipped.
_MAX_LOCAL_STRETCH: Final = 4.0
_WORDLESS = re.compile(r"^\W+$")


@attrs.frozen
class VoiceChange:
    """The changed audio, and how: ``text`` is what the target voice said ("" when the
    recording was pitch-shifted instead)."""

    samples: Samples
    text: str
    exact: bool  # the words came from the fingerprint book, not a statistical recogniser


@attrs.frozen
class _Word:
    text: str
    start: float
    end: float


def _words_to_say(heard: Sequence[_Word], duration: float) -> list[_Word]:
    """Punctuation-only tokens joined to the word before; times kept inside the recording."""
    words: list[_Word] = []
    for word in heard:
        start, end = min(max(word.start, 0.0), duration), min(max(word.end, 0.0), duration)
        if _WORDLESS.match(word.text) and words:
            words[-1] = attrs.evolve(words[-1], text=words[-1].text + word.text)
        elif word.text:
            words.append(_Word(word.text, start, max(start, end)))
    return words


def _anchors(
    recorded: Sequence[_Word], spoken: Sequence[_fingerprint.TimedWord], duration_in: float, duration_out: float
) -> tuple[list[float], list[float]]:
    """Matching times (recording, re-spoken): every word's start and end, kept increasing."""
    times_in, times_out = [0.0], [0.0]  # in: the recording's timeline; out: the re-spoken one
    for heard, said in zip(recorded, spoken, strict=False):
        for time_in, time_out in ((heard.start, said.start), (heard.end, said.end)):
            step_in, step_out = time_in - times_in[-1], time_out - times_out[-1]
            if (
                step_in >= _MIN_ANCHOR_GAP
                and step_out >= _MIN_ANCHOR_GAP
                and time_in <= duration_in - _MIN_ANCHOR_GAP
                and time_out <= duration_out - _MIN_ANCHOR_GAP
                and 1 / _MAX_LOCAL_STRETCH <= step_out / step_in <= _MAX_LOCAL_STRETCH
            ):
                times_in.append(time_in)
                times_out.append(time_out)
    times_in.append(duration_in)
    times_out.append(duration_out)
    return times_in, times_out


def _respeak(words: Sequence[_Word], voice: EspeakVoice, espeak: EspeakEngine, length: int) -> VoiceChange:
    rate = espeak.sample_rate
    text = " ".join(word.text for word in words)
    raw = espeak.synthesize(text, voice)
    times = character_times(len(text), raw.words, raw.pauses, raw.duration)
    spoken = _fingerprint.words_of(text, times.starts, times.ends)
    said = np.frombuffer(raw.pcm, dtype="<i2").astype(np.float64) / 32768.0
    recorded_times, spoken_times = _anchors(words, spoken, length / rate, len(said) / rate)
    changed = warp(said, np.asarray(recorded_times) * rate, np.asarray(spoken_times) * rate, length)
    changed = np.clip(changed, -1.0, 1.0)
    # The target voice now says the words where the recording said them.
    pcm = np.rint(changed * 32767.0).astype("<i2").tobytes()
    timed = tuple(_fingerprint.TimedWord(word.text, word.start, word.end) for word in words)
    _fingerprint.book().remember(text, pcm, rate, timed)
    return VoiceChange(changed, text, exact=False)


def change_voice(samples: Samples, voice: EspeakVoice, espeak: EspeakEngine) -> VoiceChange:
    """``samples`` (mono, at eSpeak's rate) said by ``voice``; as long as the input."""
    rate = espeak.sample_rate
    try:
        recognition = transcribe(samples, rate)
    except RecognizerUnavailableError:
        words: list[_Word] = []
        exact = False
    else:
        heard = [_Word(word.text, word.start, word.end) for word in recognition.words]
        words = _words_to_say(heard, len(samples) / rate)
        exact = recognition.exact
    if words:
        change = _respeak(words, voice, espeak, len(samples))
        return attrs.evolve(change, exact=exact)
    shifted = shift_pitch_keeping_formants(samples, rate, voice_f0(voice, espeak))
    return VoiceChange(shifted, "", exact=False)
