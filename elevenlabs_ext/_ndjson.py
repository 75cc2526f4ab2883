"""Incremental decoder for newline-delimited JSON, with no I/O (sync and async share it).

Bytes go in through ``feed`` in whatever pieces the network delivered; complete JSON objects
come out, each with its line number. A line that is not a JSON object, or an unterminated
last line that does not parse, raises ``StreamDecodeError`` naming its line number: nothing
is skipped silently. The lines before a bad one are still delivered first, however the
network split the body: the error is raised by the following ``feed``/``close``.
Blank lines carry nothing and are passed over.
"""

from __future__ import annotations

import json
from typing import Any

from ._errors import StreamClosedError, StreamDecodeError

__all__ = ["Line", "NDJSONDecoder"]

DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

Line = tuple[int, dict[str, Any]]
"""A decoded line: its 1-based number and the object on it."""


class NDJSONDecoder:
    def __init__(self, *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES) -> None:
        self._buffer = bytearray()
        self._line_number = 0
        self._max_line_bytes = max_line_bytes
        self._closed = False
        self._pending_error: StreamDecodeError | None = None

    @property
    def line_number(self) -> int:
        """Lines completed so far."""
        return self._line_number

    def feed(self, data: bytes) -> list[Line]:
        """Add bytes; return the lines that are now complete."""
        if self._closed:
            raise StreamClosedError("NDJSONDecoder.feed() after close()")
        self._raise_pending()
        lines: list[Line] = []
        search_from = len(self._buffer)
        self._buffer += data
        start = 0
        while True:
            end = self._buffer.find(b"\n", max(start, search_from))
            if end < 0:
                break
            self._line_number += 1
            line = bytes(self._buffer[start:end])
            start = end + 1
            if line.strip():
                try:
                    lines.append((self._line_number, self._parse(line, self._line_number)))
                except StreamDecodeError as error:
                    if not lines:
                        raise
                    self._pending_error = error  # deliver the good lines first
                    return lines
        if start:
            del self._buffer[:start]
        if len(self._buffer) > self._max_line_bytes:
            raise StreamDecodeError(
                f"line {self._line_number + 1} exceeds {self._max_line_bytes} bytes without a newline",
                line_number=self._line_number + 1,
            )
        return lines

    def close(self) -> list[Line]:
        """End of body: decode a last line that had no newline, or raise if it is cut short."""
        self._closed = True
        self._raise_pending()
        rest, self._buffer = bytes(self._buffer), bytearray()
        if not rest.strip():
            return []
        self._line_number += 1
        try:
            return [(self._line_number, self._parse(rest, self._line_number))]
        except StreamDecodeError:
            raise StreamDecodeError(
                f"line {self._line_number} is truncated: the body ended in the middle of a JSON object",
                line_number=self._line_number,
            ) from None

    def _raise_pending(self) -> None:
        if self._pending_error is not None:
            error, self._pending_error = self._pending_error, None
            self._closed = True
            raise error

    @staticmethod
    def _parse(line: bytes, line_number: int) -> dict[str, Any]:
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as error:
            preview = line[:80].decode("utf-8", "replace")
            problem = "nested too deeply" if isinstance(error, RecursionError) else error
            raise StreamDecodeError(
                f"line {line_number} is not valid JSON ({problem}): {preview!r}", line_number=line_number
            ) from None
        if not isinstance(value, dict):
            raise StreamDecodeError(
                f"line {line_number} is a JSON {type(value).__name__}, expected an object", line_number=line_number
            )
        return value
