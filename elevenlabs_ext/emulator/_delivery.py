"""Sending generated audio: real chunked bodies, paced on request, stopped on disconnect.

``AudioResponse`` takes an async iterator of ``Piece``s (bytes plus the audio time they
start at). With pacing, piece ``k`` leaves no earlier than ``ttfb + at / speed`` after the
request started, so a client sees a realistic time to first byte and real-time arrival.
The status line and headers go out with the first piece, as a server that answers when
its first audio is ready does. A client that hangs up stops generation at once.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import Final

import anyio
import attrs
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._faults import Closing, DropConnectionError, pause
from ._options import Pacing

__all__ = ["PACING_HEADER", "AudioResponse", "Piece", "parse_pacing"]

PACING_HEADER: Final = "x-emulator-pacing"
# Bounds of a pacing header, so one request cannot hold its slot for hours.
MAX_TTFB_SECONDS: Final = 60.0
MIN_PACING_SPEED: Final = 0.05


@attrs.frozen
class Piece:
    data: bytes
    at: float = 0.0  # seconds of audio before this piece


def parse_pacing(header: str | None, default: Pacing) -> Pacing:
    """``speed=1.0; ttfb=0.3`` (either may be left out; ``speed=0`` turns pacing off)."""
    if not header:
        return default
    values: dict[str, float | None] = {"speed": default.speed, "ttfb": default.ttfb}
    for part in header.replace(",", ";").split(";"):
        key, _, raw = part.partition("=")
        key = key.strip().lower()
        if not key:
            continue
        if key not in values:
            raise ValueError(f"unknown pacing setting {key!r}; known: speed, ttfb")
        try:
            number = float(raw)
        except ValueError:
            raise ValueError(f"pacing {key}={raw.strip()!r}: expected a number") from None
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"pacing {key}={raw.strip()!r}: expected a finite, non-negative number")
        if key == "ttfb" and number > MAX_TTFB_SECONDS:
            raise ValueError(f"pacing ttfb={raw.strip()!r}: at most {MAX_TTFB_SECONDS:g} seconds")
        if key == "speed" and 0 < number < MIN_PACING_SPEED:
            raise ValueError(f"pacing speed={raw.strip()!r}: at least {MIN_PACING_SPEED:g} (or 0 for no pacing)")
        values[key] = None if key == "speed" and number == 0 else number
    return Pacing(speed=values["speed"], ttfb=values["ttfb"] or 0.0)


class AudioResponse(Response):
    def __init__(
        self,
        pieces: AsyncGenerator[Piece, None],
        *,
        media_type: str,
        headers: Mapping[str, str],
        pacing: Pacing,
        started: float,
        closing: Closing,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        # Not Response.__init__: there is no body yet, so no content-length (unless given).
        self.status_code = 200
        self.media_type = media_type
        self.background = None
        self.init_headers(headers)
        self._pieces = pieces
        self._pacing = pacing
        self._started = started
        self._closing = closing
        self._on_close = on_close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        reset: DropConnectionError | None = None
        try:
            async with anyio.create_task_group() as group:

                async def watch_for_disconnect() -> None:
                    while (await receive())["type"] != "http.disconnect":
                        pass
                    group.cancel_scope.cancel()

                group.start_soon(watch_for_disconnect)
                try:
                    await self._send_all(send)
                except DropConnectionError as error:
                    # Raised outside the task group, or it would arrive wrapped in an
                    # ExceptionGroup that the server logs as a crash.
                    reset = error
                group.cancel_scope.cancel()
        finally:
            with contextlib.suppress(Exception):
                await self._pieces.aclose()
            if self._on_close is not None:
                self._on_close()
        if reset is not None:
            raise reset

    async def _send_all(self, send: Send) -> None:
        pacing = self._pacing
        started = False
        async for piece in self._pieces:
            if pacing.speed is not None or pacing.ttfb:
                target = self._started + pacing.ttfb + (piece.at / pacing.speed if pacing.speed else 0.0)
                await pause(target - time.monotonic(), self._closing)
            if not started:
                await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
                started = True
            if piece.data:
                await send({"type": "http.response.body", "body": piece.data, "more_body": True})
        if not started:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
