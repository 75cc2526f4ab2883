"""Text as it is produced, cut into the pieces a socket sends: as they come, or whole sentences."""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

from ._codec import check_text

__all__ = ["SentenceBoundaries", "aiter_text_pieces", "iter_text_pieces"]


class SentenceBoundaries:
    """Holds text back until a sentence ends, for services that speak better in whole sentences.

    Off by default everywhere: pieces are forwarded as they arrive. A sentence ends at ``.``,
    ``!``, ``?``, ``…`` (and their CJK forms), followed by whitespace, or at a newline.
    """

    # . ! ? … and the ideographic full stop, fullwidth ! and ?; then closing quotes or brackets.
    _END = re.compile("[.!?\u2026\u3002\uff01\uff1f]+[\"'\u201d\u2019)\\]]*\\s+|\n")
    # A sentence end may begin in text already held: it starts within the run of these at its end.
    _RUN = frozenset(".!?\u2026\u3002\uff01\uff1f\"'\u201d\u2019)]")

    def __init__(self) -> None:
        self._held: list[str] = []  # text not released yet, in pieces (joined only on release)
        self._run = ""  # the end of the held text that a sentence end may start in

    @property
    def pending(self) -> str:
        """The text held back so far."""
        return "".join(self._held)

    def feed(self, piece: str) -> list[str]:
        """The text up to the last sentence end, once one arrives. Each piece is scanned once
        (with the short run before it), so a long text without an end costs linear time."""
        window = self._run + piece
        end = max((match.end() for match in self._END.finditer(window)), default=0)
        if not end:
            self._held.append(piece)
            self._run = window[len(window) - self._run_length(window) :]
            return []
        cut = end - len(self._run)  # the end lies in the new piece: a run holds no whitespace
        self._held.append(piece[:cut])
        ready = "".join(self._held)
        rest = piece[cut:]
        self._held = [rest] if rest else []
        self._run = rest[len(rest) - self._run_length(rest) :]
        return [ready]

    def flush(self) -> list[str]:
        rest = "".join(self._held)
        self._held, self._run = [], ""
        return [rest] if rest else []

    def _run_length(self, text: str) -> int:
        length = 0
        for char in reversed(text):
            if char not in self._RUN:
                break
            length += 1
        return length


def iter_text_pieces(text: str | Iterable[str], *, sentence_boundaries: bool = False) -> Iterator[str]:
    """The pieces to send: a str as one piece, an iterable piece by piece (empty pieces dropped:
    an empty text would end the input)."""
    if isinstance(text, str):
        pieces: Iterable[str] = [text]
    elif isinstance(text, Iterable):
        pieces = text
    else:
        raise TypeError(f"text must be a str or an iterable of str, got {type(text).__name__}")
    splitter = SentenceBoundaries() if sentence_boundaries else None
    for piece in pieces:
        check_text(piece, allow_empty=True)
        if splitter is None:
            if piece:
                yield piece
        else:
            yield from splitter.feed(piece)
    if splitter is not None:
        yield from splitter.flush()


async def aiter_text_pieces(
    text: str | Iterable[str] | AsyncIterable[str], *, sentence_boundaries: bool = False
) -> AsyncIterator[str]:
    """``iter_text_pieces`` that also takes an async iterable (an LLM's token stream)."""
    if not isinstance(text, AsyncIterable):
        for piece in iter_text_pieces(text, sentence_boundaries=sentence_boundaries):
            yield piece
        return
    splitter = SentenceBoundaries() if sentence_boundaries else None
    async for piece in text:
        check_text(piece, allow_empty=True)
        if splitter is None:
            if piece:
                yield piece
        else:
            for ready in splitter.feed(piece):
                yield ready
    if splitter is not None:
        for ready in splitter.flush():
            yield ready
