"""The text of one stream or context until it is spoken, and the timings of each frame.

A stream (stream-input) or context (multi-stream-input) buffers its text in a ``TextBuffer``
and speaks a piece of it as soon as

* the buffer reaches the generation's entry of ``chunk_length_schedule`` (default
  ``[120, 160, 250, 290]``; the last entry repeats), cut after its last whitespace so words stay
  whole; ``try_trigger_generation`` lowers the bar to the schedule's smallest entry;
* with ``auto_mode=true``, a sentence ends (no schedule);
* a flush asks for it, or the stream's (context's) input ends.

Whitespace alone is never spoken: it waits for the words it separates (and is dropped at the
end).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from .._websockets._text import SentenceBoundaries

__all__ = ["DEFAULT_SCHEDULE", "TextBuffer", "frame_alignment"]

DEFAULT_SCHEDULE: Final = (120.0, 160.0, 250.0, 290.0)


class TextBuffer:
    """The text of one stream or context that is not spoken yet, and when to speak it.

    ``add`` and ``end`` return the piece to speak now (None: keep buffering). Pieces are
    consecutive slices of the text received, so together they are all of it, whitespace that
    never preceded a word excepted. With ``auto_mode`` a piece is each run of text up to a
    sentence end; the text is then scanned once as it arrives (``SentenceBoundaries``), so a
    long text without one costs linear time, never a rescan per message.
    """

    def __init__(self, schedule: Sequence[float] = DEFAULT_SCHEDULE, *, auto_mode: bool = False) -> None:
        self._schedule = tuple(schedule) or DEFAULT_SCHEDULE
        self._sentences = SentenceBoundaries() if auto_mode else None
        self._text = ""  # schedule mode: at most about one schedule entry long
        self._generations = 0

    @property
    def pending(self) -> str:
        return self._text if self._sentences is None else self._text + self._sentences.pending

    def add(self, text: str, *, flush: bool = False, trigger: bool = False) -> str | None:
        if self._sentences is not None:
            ready = self._sentences.feed(text)
            if flush:
                ready += self._sentences.flush()
            return self._speak("".join(ready)) if ready else None
        self._text += text
        if flush:
            return self._take(len(self._text))
        scheduled = self._schedule[min(self._generations, len(self._schedule) - 1)]
        threshold = min(self._schedule) if trigger else scheduled
        if len(self._text) < threshold:
            return None
        for index in range(len(self._text) - 1, -1, -1):
            if self._text[index].isspace():
                return self._take(index + 1)
        return self._take(len(self._text))  # one long word: speak it whole

    def end(self) -> str | None:
        """Everything left, when no more text will come."""
        if self._sentences is not None:
            piece = self._speak("".join(self._sentences.flush()))
            self._text = ""
            return piece
        piece = self._take(len(self._text))
        self._text = ""
        return piece

    def _speak(self, ready: str) -> str | None:
        """Auto mode: ``ready`` after any whitespace held back, unless it is only whitespace."""
        self._text += ready
        return self._take(len(self._text))

    def _take(self, end: int) -> str | None:
        piece = self._text[:end]
        if not piece.strip():
            return None  # nothing to say: whitespace waits for the words it separates
        self._text = self._text[end:]
        self._generations += 1
        return piece


def frame_alignment(
    characters: str, starts: Sequence[float], ends: Sequence[float], origin: float
) -> dict[str, Any] | None:
    """A ``WsAlignment`` payload: character times (seconds) in whole ms from ``origin``."""
    if not characters:
        return None
    start_ms = [max(round((start - origin) * 1000), 0) for start in starts]
    end_ms = [max(round((end - origin) * 1000), begin) for end, begin in zip(ends, start_ms, strict=True)]
    return {
        "chars": list(characters),
        "charStartTimesMs": start_ms,
        "charsDurationsMs": [end - begin for begin, end in zip(start_ms, end_ms, strict=True)],
    }
