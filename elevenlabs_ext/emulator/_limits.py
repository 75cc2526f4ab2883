"""Who may call, how much at once, and how much in all: key, concurrency, body size, text
length, quota."""

from __future__ import annotations

import math
import threading

from starlette.types import Message, Receive

from ._errors import EmulatorHTTPError, api_error

__all__ = ["BodyLimit", "ConcurrencyLimiter", "character_cost", "check_api_key", "check_text_length"]


def _too_large(limit: int) -> EmulatorHTTPError:
    return api_error(
        413, "request_too_large", f"The request body is larger than this emulator accepts ({limit} bytes)."
    )


class BodyLimit:
    """Wraps an ASGI ``receive``: the body is counted as it arrives, and the read that passes
    ``limit`` raises the 413 (whoever reads it, a route or a form parser, turns it into the answer)."""

    def __init__(self, limit: int, receive: Receive) -> None:
        self._limit = limit
        self._receive = receive
        self._seen = 0

    def declared_problem(self, content_length: str | None) -> EmulatorHTTPError | None:
        """The 413 for a declared length past the limit, known before reading anything."""
        if content_length is None:
            return None
        try:
            declared = int(content_length)
        except ValueError:
            return api_error(400, "invalid_content_length", "Content-Length is not a number.")
        return _too_large(self._limit) if declared > self._limit else None

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request":
            self._seen += len(message.get("body", b""))
            if self._seen > self._limit:
                raise _too_large(self._limit)
        return message


def check_api_key(key: str | None, accepted: frozenset[str] | None) -> EmulatorHTTPError | None:
    """The 401 the API gives for this ``xi-api-key`` value, or None when it is accepted."""
    if key is None or not key.strip():
        return api_error(
            401,
            "needs_authorization",
            "Neither authorization header nor xi-api-key received, please provide one.",
        )
    if accepted is not None and key not in accepted:
        return api_error(401, "invalid_api_key", "Invalid API key")
    return None


def check_text_length(length: int, limit: int) -> None:
    if length > limit:
        raise api_error(
            400,
            "max_character_limit_exceeded",
            f"You are trying to use {length} characters, but this request accepts at most {limit} characters.",
        )


def character_cost(characters: int, multiplier: float) -> int:
    """Credits a generation costs: its characters times the model's multiplier, rounded up."""
    return math.ceil(characters * multiplier)


class ConcurrencyLimiter:
    """Counts generations in flight; ``acquire`` refuses past the limit instead of queueing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0

    @property
    def active(self) -> int:
        with self._lock:
            return self._active

    def acquire(self, limit: int, retry_after: float) -> None:
        with self._lock:
            if self._active < limit:
                self._active += 1
                return
        seconds = str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
        raise api_error(
            429,
            "too_many_concurrent_requests",
            f"You have too many concurrent requests ({limit} allowed). Wait for one to finish and try again.",
            {"retry-after": seconds},
        )

    def release(self) -> None:
        with self._lock:
            self._active = max(self._active - 1, 0)
