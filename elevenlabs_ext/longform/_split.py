"""Cut a long text into pieces the API accepts, at the most natural boundaries available.

Pure code, no I/O. A piece is a span of the source text, so the text between two pieces
(whitespace only) is known exactly and nothing is ever dropped or rewritten.

Boundaries, strongest first: paragraph (a blank line), sentence (terminal punctuation then
space), clause (``,;:`` and dashes then space), word (space), and as a last resort a hard
cut inside a word longer than the limit. A paragraph that fits in one piece is never split.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from typing import Final

import attrs

__all__ = ["Boundary", "TextPiece", "split_text"]

# A piece ends at its strongest boundary that still leaves it at least this full; below
# that, a weaker boundary later on is better than a tiny piece (one more request, one
# more seam in the audio).
_MIN_FILL: Final = 0.5

_PARAGRAPH: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Separators are whitespace only (lookbehinds keep punctuation and quotes in the text):
# after ., !, ? or … (possibly closed by a quote or bracket) and space; after CJK full stops
# even without space.
_SENTENCE: Final = re.compile(
    "(?<=[.!?\u2026])\\s+"  # . ! ? and the ellipsis
    "|(?<=[.!?\u2026][\"')\\]\u201d\u2019\u00bb])\\s+"  # ... closed by a quote or bracket
    "|(?<=[\u3002\uff01\uff1f])\\s*"  # CJK full stop, exclamation and question marks
)
_CLAUSE: Final = re.compile("(?<=[,;:\uff0c\uff1b\uff1a\u2014\u2013])\\s+")  # also CJK ones, em and en dashes
_WORD: Final = re.compile(r"\s+")
# A period after these is not the end of a sentence.
_ABBREVIATIONS: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "fig", "mt", "approx", "cf"}
)
_WORD_BEFORE: Final = re.compile(r"([\w.]+)\W*$")


class Boundary(enum.IntEnum):
    """How natural a place to cut is; higher is better."""

    HARD = 0
    WORD = 1
    CLAUSE = 2
    SENTENCE = 3
    PARAGRAPH = 4


@attrs.frozen
class TextPiece:
    """One request's worth of text: ``text == source[start:end]``."""

    index: int
    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class _Unit:
    start: int
    end: int
    before: Boundary  # the boundary between this unit and the previous one


_LEVELS: Final = (
    (Boundary.PARAGRAPH, _PARAGRAPH),
    (Boundary.SENTENCE, _SENTENCE),
    (Boundary.CLAUSE, _CLAUSE),
    (Boundary.WORD, _WORD),
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, start: int, cut: int) -> bool:
    match = _WORD_BEFORE.search(text, start, cut)
    if match is None:
        return False
    word = match.group(1).rstrip(".").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())  # initials: "J. R. R. Tolkien"


def _segments(text: str, start: int, end: int, level: Boundary, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Non-empty, trimmed spans of ``text[start:end]`` between separators of one level."""
    spans = []
    begin = start
    for match in pattern.finditer(text, start, end):
        if (
            level is Boundary.SENTENCE
            and text[match.start() - 1] == "."
            and _is_abbreviation(text, begin, match.start())
        ):
            continue
        spans.append(_trim(text, begin, match.start()))
        begin = match.end()
    spans.append(_trim(text, begin, end))
    return [(s, e) for s, e in spans if e > s]


def _hard_cuts(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > limit:
        cut = start + limit
        # Never separate a combining mark from the letter it belongs to.
        while cut > start + 1 and unicodedata.combining(text[cut]):
            cut -= 1
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _units(text: str, start: int, end: int, limit: int, *, level: int, before: Boundary) -> list[_Unit]:
    """Spans no longer than ``limit``, cut only as finely as needed."""
    if end - start <= limit:
        return [_Unit(start, end, before)]
    if level == len(_LEVELS):
        spans = _hard_cuts(text, start, end, limit)
        return [_Unit(s, e, before if i == 0 else Boundary.HARD) for i, (s, e) in enumerate(spans)]
    strength, pattern = _LEVELS[level]
    units: list[_Unit] = []
    for i, (s, e) in enumerate(_segments(text, start, end, strength, pattern)):
        units.extend(_units(text, s, e, limit, level=level + 1, before=before if i == 0 else strength))
    return units


def _best_cut(units: list[_Unit], next_unit: _Unit, limit: int) -> int:
    """How many of ``units`` (which fit together) end the piece, given that ``next_unit`` does not fit."""
    first = units[0].start
    candidates = [(next_unit.before, len(units))]
    candidates += [(units[k].before, k) for k in range(1, len(units))]
    full_enough = [(b, k) for b, k in candidates if units[k - 1].end - first >= limit * _MIN_FILL]
    return max(full_enough or candidates[:1])[1]


def split_text(text: str, max_chars: int) -> list[TextPiece]:
    """Split ``text`` into pieces of at most ``max_chars`` characters, in order.

    Pieces start and end on non-space characters; what lies between two pieces is
    whitespace only, so ``"".join`` of the pieces' non-space characters is the text's.

    Raises:
        ValueError: ``max_chars`` is not positive, or the text is empty or only whitespace.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    start, end = _trim(text, 0, len(text))
    if start == end:
        raise ValueError("the text is empty: there is nothing to say")
    units = _units(text, start, end, max_chars, level=0, before=Boundary.PARAGRAPH)

    pieces: list[TextPiece] = []
    current: list[_Unit] = []

    def close(count: int) -> None:
        s, e = current[0].start, current[count - 1].end
        pieces.append(TextPiece(len(pieces), s, e, text[s:e]))
        del current[:count]

    for unit in units:
        while current and unit.end - current[0].start > max_chars:
            close(_best_cut(current, unit, max_chars))
        current.append(unit)
    while current:
        close(len(current))
    return pieces
