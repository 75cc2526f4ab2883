"""A scripted text-to-speech websocket server on 127.0.0.1 for the socket tests.

It runs ``websockets.asyncio.server`` on a free port in its own thread and event loop, so a
sync client may block the test's thread and an async client the test's loop. Every client
frame is checked by the server side of the protocol core (``StreamInputServer`` /
``MultiStreamInputServer``), i.e. against the schemas generated from sockets.yaml, and by the
rules of its channel (initialise first, nothing after the end, no text for closed contexts).
A frame that fails is recorded in ``server.errors``, which the ``ws_server`` fixture asserts
empty, and answered with an error message and a 1008 close, as the service would.

What the server does is a *script*: an ``async def script(session)`` per connection, chosen by
the test (``server.script = ...``), the default being a well-behaved synthesiser (one audio
frame per text, a final message after the end). Scripts misbehave on cue: close 1008/1011
mid-stream, send malformed JSON, slow frames, interleave contexts, drop the connection.

Everything observed is recorded per connection (``server.connections``): path, query,
headers, each client message as its generated model, and how the connection ended (who
closed, with what code). Ordering across threads is recorded in ``server.log``.
"""

from __future__ import annotations

import asyncio
import base64
import http
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from elevenlabs_ext._errors import WebSocketProtocolError
from elevenlabs_ext.emulator._ws_server_protocol import MultiStreamInputServer, StreamInputServer

from ..socket_server import ThreadedSocketServer

Script = Callable[["Session"], Awaitable[None]]


@dataclass(eq=False)
class RecordedSocket:
    """One connection as the server saw it."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    raw_target: str
    messages: list[Any] = field(default_factory=list)  # generated models, in order
    frames: list[str] = field(default_factory=list)  # the raw text frames, in order
    sent: list[str] = field(default_factory=list)  # what the server sent
    closed: bool = False
    closed_by: str | None = None  # "client", "server", or "dropped"
    close_code: int | None = None
    close_reason: str | None = None

    @property
    def kinds(self) -> list[str]:
        return [type(message).__name__ for message in self.messages]


class Session:
    """The server's side of one connection, handed to a script."""

    def __init__(self, server: ScriptedServer, websocket: Any, record: RecordedSocket) -> None:
        self.server = server
        self.ws = websocket
        self.record = record
        self.multi = record.path.endswith("/multi-stream-input")
        self.protocol: StreamInputServer | MultiStreamInputServer = (
            MultiStreamInputServer(strict=True) if self.multi else StreamInputServer(strict=True)
        )
        self.with_alignment = record.query.get("sync_alignment") == "true"

    async def receive(self) -> Any | None:
        """The next client message as its generated model; None when the client closed."""
        from websockets.exceptions import ConnectionClosed

        try:
            frame = await self.ws.recv()
        except ConnectionClosed:
            return None
        self.record.frames.append(frame)
        try:
            message = self.protocol.receive(frame)
        except WebSocketProtocolError as error:
            self.server.fail(f"invalid client frame {frame!r}: {error}")
            await self.send(self.protocol.error(str(error), error="invalid_input_message", code=1008))
            await self.close(1008, "invalid message")
            return None
        self.record.messages.append(message)
        self.server.event(f"received {type(message).__name__} {getattr(message, 'text', '')!r}")
        return message

    async def __aiter__(self) -> AsyncIterator[Any]:
        while True:
            message = await self.receive()
            if message is None:
                return
            yield message

    async def send(self, frame: str) -> None:
        self.record.sent.append(frame)
        await self.ws.send(frame)
        self.server.event(f"sent {frame[:40]}")

    async def audio(self, payload: bytes, *, context_id: str | None = None, text: str | None = None) -> None:
        alignment = _alignment(text) if (text and self.with_alignment) else None
        if isinstance(self.protocol, MultiStreamInputServer):
            assert context_id is not None
            frame = self.protocol.audio(context_id, payload, alignment=alignment, normalized_alignment=alignment)
        else:
            frame = self.protocol.audio(payload, alignment=alignment, normalized_alignment=alignment)
        await self.send(frame)

    async def final(self, context_id: str | None = None) -> None:
        if isinstance(self.protocol, MultiStreamInputServer):
            assert context_id is not None
            await self.send(self.protocol.final(context_id))
        else:
            await self.send(self.protocol.final())

    async def error(self, message: str, *, error: str, code: int = 1008) -> None:
        await self.send(self.protocol.error(message, error=error, code=code))

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    def drop(self) -> None:
        """Cut the TCP connection without a close frame."""
        self.ws.transport.abort()


def _alignment(text: str) -> dict[str, Any]:
    chars = list(text)
    return {
        "chars": chars,
        "charStartTimesMs": [10 * index for index in range(len(chars))],
        "charsDurationsMs": [10] * len(chars),
    }


def audio_for(text: str) -> bytes:
    """What the default scripts "synthesise" for a text: recognisable bytes."""
    return f"<audio:{text}>".encode()


async def speak(session: Session) -> None:
    """The default stream-input script: one audio frame per text (right away), the final
    message and a clean close after the end of input."""
    async for message in session:
        kind = type(message).__name__
        if kind == "WsSendText":
            await session.audio(audio_for(message.text), text=message.text)
        elif kind == "WsCloseConnection":
            await session.final()
            await session.close(1000)
            return


async def speak_contexts(session: Session) -> None:
    """The default multi-stream-input script: audio per text, per context; a context's final
    after its close; every open context's final and a clean close after close_socket."""
    open_contexts: list[str] = []
    async for message in session:
        kind = type(message).__name__
        context_id = getattr(message, "context_id", None)
        if kind == "WsInitializeContext":
            open_contexts.append(context_id)
            if message.text.strip():
                await session.audio(audio_for(message.text), context_id=context_id, text=message.text)
        elif kind == "WsSendContextText":
            await session.audio(audio_for(message.text), context_id=context_id, text=message.text)
        elif kind == "WsFlushContext":
            await session.audio(audio_for("<flush>"), context_id=context_id)
        elif kind == "WsCloseContext":
            open_contexts.remove(context_id)
            await session.final(context_id)
        elif kind == "WsCloseSocket":
            for remaining in open_contexts:
                await session.final(remaining)
            await session.close(1000)
            return


async def default_script(session: Session) -> None:
    await (speak_contexts(session) if session.multi else speak(session))


class ScriptedServer(ThreadedSocketServer):
    """``with ScriptedServer() as server:`` … ``server.url`` is an http://127.0.0.1 base URL."""

    def __init__(self) -> None:
        super().__init__()
        self.script: Script = default_script
        self.reject: tuple[int, str] | None = None  # answer the handshake with this status instead
        self.redirect: Callable[[str], str] | None = None  # answer with a 307 to this Location
        self.connections: list[RecordedSocket] = []
        self.errors: list[str] = []
        self.log: list[str] = []
        self._changed = threading.Condition()

    # -- what tests read

    def event(self, text: str) -> None:
        with self._changed:
            self.log.append(f"server: {text}")
            self._changed.notify_all()

    def fail(self, text: str) -> None:
        with self._changed:
            self.errors.append(text)
            self._changed.notify_all()

    def until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Block until ``predicate()`` holds (for sync tests); fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("the server never reached the expected state")
                self._changed.wait(remaining)

    async def auntil(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        """``until`` for async tests (does not block the test's loop)."""
        deadline = time.monotonic() + within
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("the server never reached the expected state")
            await asyncio.sleep(0.002)

    @property
    def last(self) -> RecordedSocket:
        return self.connections[-1]

    # -- running

    def _process_request(self, connection: Any, request: Any) -> Any:
        parts = urlsplit(request.path)
        record = RecordedSocket(
            path=parts.path,
            query=dict(parse_qsl(parts.query)),
            headers={name.lower(): value for name, value in request.headers.raw_items()},
            raw_target=request.path,
        )
        with self._changed:
            self.connections.append(record)
            self._changed.notify_all()
        connection.recorded = record
        if self.reject is not None:
            status, body = self.reject
            return connection.respond(http.HTTPStatus(status), body)
        if self.redirect is not None:
            response = connection.respond(http.HTTPStatus.TEMPORARY_REDIRECT, "")
            response.headers["Location"] = self.redirect(request.path)
            return response
        return None

    async def _handle(self, websocket: Any) -> None:
        record: RecordedSocket = websocket.recorded
        session = Session(self, websocket, record)
        try:
            await self.script(session)
            await websocket.wait_closed()
        except Exception as error:
            from websockets.exceptions import ConnectionClosed

            if not isinstance(error, ConnectionClosed):
                self.fail(f"script failed: {error!r}")
        finally:
            await websocket.wait_closed()
            with self._changed:
                record.closed = True
                record.close_code = websocket.close_code
                record.close_reason = websocket.close_reason
                if websocket.protocol.close_rcvd is None:
                    record.closed_by = "dropped"
                else:
                    record.closed_by = "client" if websocket.protocol.close_rcvd_then_sent else "server"
                self.log.append(f"server: connection closed by {record.closed_by} ({record.close_code})")
                self._changed.notify_all()


def encoded(payload: bytes) -> str:
    return base64.b64encode(payload).decode()
