"""The voice changer: the recording's words, said again by the target voice (blocking).

``change_voice`` first asks the recogniser (``_recognizer.transcribe``) what was said: the
emulator's own speech comes back exactly from its fingerprint, other speech from Whisper when
the ``stt`` extra is installed. The target voice then speaks those words, and WSOLA moves the
re-spoken audio onto the recording's timeline (``_voice_change.warp``), so the result is as
long as the recording and keeps its rhythm. Where each word goes comes from the fingerprint's
exact word times, or, for Whisper's words (whose times run late), from aligning the two
recordings (``_alignment``). The result is remembered in the fingerprint book like any
synthesis, so the emulator transcribes it exactly when it comes back.

When no words can be heard (no recogniser and no fingerprint, silence, or words Whisper is
unsure of, as it is on noise), the recording itself is moved to the target voice's pitch
with its formants kept (``shift_pitch_keeping_formants``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from . import _fingerprint
from ._alignment import align
from ._espeak import EspeakEngine, EspeakVoice
from ._recognizer import RecognizedWord, RecognizerUnavailableError, transcribe
from ._timing import character_times
from ._voice_change import shift_pitch_keeping_formants, voice_f0, warp

__all__ = ["VoiceChange", "change_voice"]

Samples = npt.NDArray[np.float64]

# Anchors closer than this (seconds) add nothing but jitter to the time map.
_MIN_ANCHOR_GAP: Final = 0.01
# A stretch or squeeze past this factor between two anchors garbles the word: such an
# anchor (a recogniser's misplaced word time) is skipped.
_MAX_LOCAL_STRETCH: Final = 4.0
# Every third point (60 ms) of an alignment path: finer only adds the path's staircase jitter.
_PATH_STRIDE: Final = 3
_WORDLESS = re.compile(r"^\W+$")
_GLUED = re.compile(r"^[\W_]")
_SPOKEN = re.compile(r"[^\W_]")  # a letter or a digit
# Whisper's words below this geometric-mean probability are taken for no words at all.
_MIN_CONFIDENCE: Final = 0.3


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
    """The words with times kept inside the recording; a token that does not start with a
    letter or digit (Whisper's "." or "-box") is joined to the word before it."""
    words: list[_Word] = []
    for word in heard:
        start, end = min(max(word.start, 0.0), duration), min(max(word.end, 0.0), duration)
        if not word.text:
            continue
        if _GLUED.match(word.text) and words:
            # Punctuation keeps the word's end (Whisper gives a final "." an end past the audio).
            joined_end = words[-1].end if _WORDLESS.match(word.text) else max(words[-1].end, end)
            words[-1] = _Word(words[-1].text + word.text, words[-1].start, joined_end)
        else:
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


def _aligned_times(
    recording: Samples, said: Samples, rate: int, recorded: Sequence[_Word], spoken: Sequence[_fingerprint.TimedWord]
) -> tuple[list[float], list[float]]:
    """Matching times for words a statistical recogniser heard.

    Whisper's word times run late and loose (tens to a hundred milliseconds): warping onto
    them measurably garbled the words. The two recordings are aligned directly instead
    (``_alignment``); past its length limit, the words are stretched evenly from the first
    word's start to the last word's end.
    """
    duration_in, duration_out = len(recording) / rate, len(said) / rate
    path = align(recording, said, rate)
    if path is None and not spoken:
        return [0.0, duration_in], [0.0, duration_out]
    if path is None:
        whole_in = _Word("", recorded[0].start, recorded[-1].end)
        whole_out = _fingerprint.TimedWord("", spoken[0].start, spoken[-1].end)
        return _anchors([whole_in], [whole_out], duration_in, duration_out)
    times_in, times_out = [0.0], [0.0]
    for time_in, time_out in zip(path[0][::_PATH_STRIDE], path[1][::_PATH_STRIDE], strict=True):
        if time_in >= times_in[-1] + _MIN_ANCHOR_GAP and time_out >= times_out[-1] + _MIN_ANCHOR_GAP:
            times_in.append(float(time_in))
            times_out.append(float(time_out))
    if duration_in > times_in[-1] and duration_out > times_out[-1]:
        times_in.append(duration_in)
        times_out.append(duration_out)
    return times_in, times_out


def _respeak(
    words: Sequence[_Word], exact: bool, recording: Samples, voice: EspeakVoice, espeak: EspeakEngine
) -> Samples:
    rate = espeak.sample_rate
    text = " ".join(word.text for word in words)
    raw = espeak.synthesize(text, voice)
    times = character_times(len(text), raw.words, raw.pauses, raw.duration)
    spoken = _fingerprint.words_of(text, times.starts, times.ends)
    said = np.frombuffer(raw.pcm, dtype="<i2").astype(np.float64) / 32768.0
    if exact:  # the fingerprint's word times are the synthesis's own: warp onto them
        recorded_times, spoken_times = _anchors(words, spoken, len(recording) / rate, len(said) / rate)
    else:
        recorded_times, spoken_times = _aligned_times(recording, said, rate, words, spoken)
    changed = warp(said, np.asarray(recorded_times) * rate, np.asarray(spoken_times) * rate, len(recording))
    changed = np.clip(changed, -1.0, 1.0)
    # The target voice now says the words where the recording said them.
    pcm = np.rint(changed * 32767.0).astype("<i2").tobytes()
    timed = tuple(_fingerprint.TimedWord(word.text, word.start, word.end) for word in words)
    _fingerprint.book().remember(text, pcm, rate, timed)
    return changed


def _believable(words: Sequence[RecognizedWord]) -> bool:
    """Whether Whisper heard speech rather than made it up from noise or a tone.

    Measured: on noise, a tone and a square wave its words' geometric-mean probability was
    0.02-0.11 (or the words were only dots); on speech, 0.7-0.86.
    """
    spoken = [word.logprob for word in words if _SPOKEN.search(word.text)]
    return bool(spoken) and math.exp(sum(spoken) / len(spoken)) >= _MIN_CONFIDENCE


def change_voice(samples: Samples, voice: EspeakVoice, espeak: EspeakEngine) -> VoiceChange:
    """``samples`` (mono, at eSpeak's rate) said by ``voice``; as long as the input."""
    rate = espeak.sample_rate
    try:
        recognition = transcribe(samples, rate)
    except RecognizerUnavailableError:
        words: list[_Word] = []
        exact = False
    else:
        exact = recognition.exact
        heard = [_Word(word.text, word.start, word.end) for word in recognition.words]
        words = _words_to_say(heard, len(samples) / rate) if exact or _believable(recognition.words) else []
    if words:
        changed = _respeak(words, exact, samples, voice, espeak)
        return VoiceChange(changed, " ".join(word.text for word in words), exact=exact)
    shifted = shift_pitch_keeping_formants(samples, rate, voice_f0(voice, espeak))
    return VoiceChange(shifted, "", exact=False)
