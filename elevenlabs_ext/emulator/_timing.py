"""Per-character timings from eSpeak's word and pause events (pure; no I/O, no eSpeak).

Rules, chosen so the API's alignment invariants hold for any text eSpeak is given:

* ``characters`` are the text's code points, in order, so joining them gives the text back.
* Each spoken word is an anchor pair: its first character starts when eSpeak's word event
  says, and its last character ends at the first pause that follows (or at the next word
  when no pause comes between). Characters between words (spaces, punctuation) fill the pause.
* Between anchors, time is spread linearly over the characters; outside words that is the
  only information there is, inside a word it is close to what eSpeak's phonemes do.
* Anchors are sorted by position and their times made non-decreasing, because eSpeak
  reports several words at one position when it expands digits or abbreviations.
* The first character starts at 0 and the last one ends exactly at the audio's duration.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ._espeak import WordMark

__all__ = ["CharacterTimes", "character_times"]


@attrs.frozen
class CharacterTimes:
    starts: tuple[float, ...]
    ends: tuple[float, ...]

    def shifted(self, seconds: float) -> CharacterTimes:
        return CharacterTimes(tuple(t + seconds for t in self.starts), tuple(t + seconds for t in self.ends))


def _anchors(
    text_length: int, words: Sequence[WordMark], pauses: Sequence[float], duration: float
) -> list[tuple[int, float]]:
    ordered = sorted(words, key=lambda word: word.time)
    sorted_pauses = sorted(pauses)
    raw: list[tuple[int, float]] = [(0, 0.0), (text_length, duration)]
    for index, word in enumerate(ordered):
        next_time = ordered[index + 1].time if index + 1 < len(ordered) else duration
        first_pause = bisect.bisect_right(sorted_pauses, word.time)
        end = next_time
        if first_pause < len(sorted_pauses) and sorted_pauses[first_pause] < next_time:
            end = sorted_pauses[first_pause]
        start_position = min(max(word.position, 0), text_length)
        end_position = min(start_position + max(word.length, 0), text_length)
        raw.append((start_position, word.time))
        raw.append((end_position, end))
    raw.sort()
    anchors: list[tuple[int, float]] = []
    latest = 0.0
    for position, time in raw:
        latest = min(max(latest, time), duration)
        if anchors and anchors[-1][0] == position:
            continue  # the earliest time at a position wins; later ones only push time forward
        anchors.append((position, latest))
    # The end anchor must say `duration` even if an earlier anchor at the same position won.
    anchors[-1] = (text_length, duration)
    return anchors


def character_times(
    text_length: int, words: Sequence[WordMark], pauses: Sequence[float], duration: float
) -> CharacterTimes:
    """Start and end of each of ``text_length`` characters, in seconds from the audio's start."""
    if text_length <= 0:
        return CharacterTimes((), ())
    duration = max(duration, 0.0)
    anchors = _anchors(text_length, words, pauses, duration)
    boundaries: list[float] = []
    segment = 0
    for position in range(text_length + 1):
        while anchors[segment + 1][0] < position:
            segment += 1
        (left, left_time), (right, right_time) = anchors[segment], anchors[segment + 1]
        boundaries.append(left_time + (right_time - left_time) * (position - left) / (right - left))
    # Interpolation cannot overshoot, but float rounding may; clamp so invariants are exact.
    for index in range(1, len(boundaries)):
        boundaries[index] = min(max(boundaries[index], boundaries[index - 1]), duration)
    boundaries[-1] = duration
    return CharacterTimes(tuple(boundaries[:-1]), tuple(boundaries[1:]))
