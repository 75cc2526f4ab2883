"""Fault injection: what can go wrong on purpose, and the ``send`` wrapper that makes it happen.

A fault spec is ``key=value`` pairs separated by ``;`` (or ``,``), sent per request in the
``x-emulator-fault`` header or set for every request with ``EmulatorOptions(faults=...)``,
``Emulator.inject(...)`` or ``--fault``::

    delay=0.5                     wait before the first byte (status line included)
    status=503; retry_after=1     answer this status at once, with Retry-After (seconds)
    status=429; retry_after_ms=50 ... or with retry-after-ms
    reset_after=2048              send that many body bytes, then drop the connection
    truncate_after=2048           end the body cleanly after that many bytes (a short file)
    stall_after=1024; stall=5     stop sending for 5 s after 1024 bytes (stall alone: after 0)
    malformed_line=2              line 2 of an NDJSON stream is not JSON
    close=1011; close_after=2     websockets: close with this code after that many audio frames
    times=1                       only the first request carrying this exact spec is hit
    path=/v1/text-to-speech       only requests whose path starts with this
    id=anything                   makes otherwise equal specs count ``times`` separately

``times`` is what makes retries testable: a client retries with the same headers, so
``status=503; times=1`` fails the first attempt and lets the retry through.

On the websockets (whose handshake carries the header), ``delay`` and ``status`` apply to the
handshake's answer, the byte counts count decoded audio bytes of audio frames (``reset_after``
drops the connection without a close frame, ``truncate_after`` drops the audio after that and
ends the stream as usual, ``stall_after`` pauses before the frame that reaches it),
``malformed_line=N`` makes the N-th message the server sends not JSON, and ``close`` is theirs
alone (``close_after`` defaults to 0: before the first audio frame). See ``_websocket.py``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final

import anyio
import attrs

__all__ = ["Closing", "DropConnectionError", "FaultBook", "FaultSpec", "FaultySend", "parse_fault", "pause"]

FAULT_HEADER: Final = "x-emulator-fault"
DEFAULT_STALL_SECONDS: Final = 60.0
# Distinct header specs whose ``times`` are counted; past it the oldest counts are forgotten,
# so a client sending a new ``id=`` with every request cannot grow the emulator's memory.
MAX_COUNTED_SPECS: Final = 10_000
# The longest delay or stall a spec may ask for: a fault must not hold a connection (and its
# concurrency slot) for longer than a test could want.
MAX_FAULT_SECONDS: Final = 60.0

Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]
Closing = Callable[[], bool]


class DropConnectionError(Exception):
    """Raised out of the app so the server drops the connection: an injected reset, or the
    emulator stopping while a response is stalled or paced. Not logged as a crash."""


async def pause(seconds: float, closing: Closing) -> None:
    """Sleep, but drop the connection as soon as the emulator stops.

    Stalls and pacing may last minutes; without this, stopping an emulator would wait for
    them and then cancel them, which the server reports as crashes.
    """
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if closing():
            raise DropConnectionError("the emulator is stopping")
        await anyio.sleep(min(left, 0.05))


@attrs.frozen(kw_only=True)
class FaultSpec:
    source: str = ""
    delay: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    retry_after_ms: int | None = None
    reset_after: int | None = None
    truncate_after: int | None = None
    stall_after: int | None = None
    stall: float | None = None
    malformed_line: int | None = None
    close: int | None = None
    close_after: int | None = None
    times: int | None = None
    path: str | None = None

    @property
    def stall_seconds(self) -> float | None:
        if self.stall_after is None and self.stall is None:
            return None
        return DEFAULT_STALL_SECONDS if self.stall is None else self.stall

    def retry_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.retry_after is not None:
            seconds = self.retry_after
            headers["retry-after"] = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
        if self.retry_after_ms is not None:
            headers["retry-after-ms"] = str(self.retry_after_ms)
        return headers


_FLOATS: Final = {"delay", "retry_after", "stall"}
_INTS: Final = {
    "status",
    "retry_after_ms",
    "reset_after",
    "truncate_after",
    "stall_after",
    "malformed_line",
    "close",
    "close_after",
    "times",
}
# Close codes an endpoint may send (RFC 6455 7.4; 1004-1006 and 1015 are never sent).
_CLOSE_CODES: Final = frozenset({1000, 1001, 1002, 1003, *range(1007, 1015), *range(3000, 5000)})


def parse_fault(text: str) -> FaultSpec:
    """Parse a fault spec; ``ValueError`` names the offending part."""
    values: dict[str, Any] = {}
    for part in text.replace(",", ";").split(";"):
        if not part.strip():
            continue
        key, sep, raw = part.partition("=")
        key, raw = key.strip().lower().replace("-", "_"), raw.strip()
        if not sep:
            raise ValueError(f"fault {part.strip()!r} has no value (expected key=value)")
        try:
            if key in _FLOATS:
                number = float(raw)
                if not math.isfinite(number) or number < 0:
                    raise ValueError
                if key in ("delay", "stall") and number > MAX_FAULT_SECONDS:
                    raise OverflowError
                values[key] = number
            elif key in _INTS:
                values[key] = int(raw)
                if values[key] < 0:
                    raise ValueError
            elif key == "path":
                values[key] = raw
            elif key != "id":
                raise KeyError(key)
        except OverflowError:
            raise ValueError(f"fault {key}={raw!r}: at most {MAX_FAULT_SECONDS:g} seconds") from None
        except ValueError:
            raise ValueError(f"fault {key}={raw!r}: expected a non-negative number") from None
        except KeyError:
            known = ", ".join(sorted(_FLOATS | _INTS | {"path", "id"}))
            raise ValueError(f"unknown fault {key!r}; known: {known}") from None
    status = values.get("status")
    if status is not None and not 400 <= status <= 599:
        raise ValueError(f"fault status={status}: expected an error status (400-599)")
    close = values.get("close")
    if close is not None and close not in _CLOSE_CODES:
        raise ValueError(
            f"fault close={close}: expected a websocket close code that can be sent (e.g. 1008, 1011, 4000)"
        )
    return FaultSpec(source=text.strip(), **values)


@attrs.define
class _Injected:
    spec: FaultSpec
    remaining: int | None


class FaultBook:
    """Which fault hits which request: header specs, injected ones and global ones.

    A request's own header wins over an injected fault, which wins over the global ones.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self._injected: list[_Injected] = []

    def inject(self, spec: FaultSpec, times: int | None) -> None:
        with self._lock:
            self._injected.append(_Injected(spec, times))

    def clear(self) -> None:
        with self._lock:
            self._hits.clear()
            self._injected.clear()

    def _counted(self, key: str, spec: FaultSpec) -> bool:
        # Called under the lock. True when the spec still has hits left.
        if spec.times is None:
            return True
        used = self._hits.get(key, 0)
        if used >= spec.times:
            return False
        self._hits[key] = used + 1
        if len(self._hits) > MAX_COUNTED_SPECS:
            del self._hits[next(iter(self._hits))]  # dicts keep insertion order: the oldest
        return True

    def resolve(self, header: str | None, path: str, global_specs: tuple[FaultSpec, ...]) -> FaultSpec | None:
        with self._lock:
            if header:
                spec = parse_fault(header)
                matches = spec.path is None or path.startswith(spec.path)
                return spec if matches and self._counted("header:" + spec.source, spec) else None
            for entry in self._injected:
                spec = entry.spec
                if entry.remaining != 0 and (spec.path is None or path.startswith(spec.path)):
                    if entry.remaining is not None:
                        entry.remaining -= 1
                    return spec
            for index, spec in enumerate(global_specs):
                if (spec.path is None or path.startswith(spec.path)) and self._counted(f"global:{index}", spec):
                    return spec
        return None


class FaultySend:
    """Wraps an ASGI ``send`` and applies a spec's body faults to what passes through it."""

    def __init__(self, send: Send, spec: FaultSpec, closing: Closing) -> None:
        self._send = send
        self._spec = spec
        self._closing = closing
        self._sent = 0
        self._lines = 0
        self._ndjson = False
        self._finished = False
        self._stalled = False

    async def __call__(self, message: Message) -> None:
        if self._finished:
            return  # the body was truncated; the app may still be talking
        if message["type"] == "http.response.start":
            await self._start(message)
        elif message["type"] == "http.response.body":
            await self._body(bytes(message.get("body", b"")), bool(message.get("more_body", False)))
        else:
            await self._send(message)

    async def _start(self, message: Message) -> None:
        if self._spec.delay:
            await pause(self._spec.delay, self._closing)
        headers = list(message.get("headers", []))
        self._ndjson = any(name.lower() == b"content-type" and b"ndjson" in value for name, value in headers)
        if self._spec.truncate_after is not None:
            # Without a length the server ends a short body cleanly (chunked encoding).
            headers = [(name, value) for name, value in headers if name.lower() != b"content-length"]
        await self._send({**message, "headers": headers})

    async def _body(self, body: bytes, more: bool) -> None:
        spec = self._spec
        if self._ndjson and spec.malformed_line is not None and body:
            self._lines += 1
            if self._lines == spec.malformed_line:
                await self._emit(b'{"audio_base64": "this line is not JSON\n', more=True)
        stall_after = spec.stall_after if spec.stall_after is not None else (0 if spec.stall is not None else None)
        if (
            stall_after is not None
            and not self._stalled
            and self._sent + len(body) >= stall_after
            and (body or not more)
        ):
            head = max(stall_after - self._sent, 0)
            if head:
                await self._emit(body[:head], more=True)
                body = body[head:]
            self._stalled = True
            await pause(spec.stall_seconds or 0, self._closing)
        if spec.reset_after is not None and self._sent + len(body) >= spec.reset_after:
            await self._emit(body[: spec.reset_after - self._sent], more=True)
            raise DropConnectionError(
                f"connection reset after {spec.reset_after} bytes ({FAULT_HEADER}: {spec.source})"
            )
        if spec.truncate_after is not None and self._sent + len(body) >= spec.truncate_after:
            await self._emit(body[: spec.truncate_after - self._sent], more=False)
            self._finished = True
            return
        await self._emit(body, more=more)

    async def _emit(self, body: bytes, *, more: bool) -> None:
        self._sent += len(body)
        await self._send({"type": "http.response.body", "body": body, "more_body": more})
