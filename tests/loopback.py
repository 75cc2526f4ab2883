"""A scripted HTTP/1.1 server on 127.0.0.1 for the client's fault tests.

Real sockets, one thread per connection, a free port. Each test queues what the server does
for the next requests (``server.enqueue(Reply(...), Chunked(...), ResetAfter(...))``) and
afterwards reads what it saw: every request (method, path, query, headers, body bytes, when)
and every connection (when it opened, when and by whom it was closed)::

    with LoopbackServer() as server:
        server.enqueue(Reply(503, headers={"retry-after-ms": "10"}), Reply(200, body=b"ok"))
        ...  # run the client against server.url
        assert [r.path for r in server.requests] == ["/v1/models", "/v1/models"]
        await server.until(lambda: server.open_count == 0)

A request that finds the script empty is answered ``418`` (no retry status) and counted in
``server.unscripted``. ``closed_by`` is ``"client"`` when the server read end-of-file or a
reset from the client, ``"server"`` when a behaviour closed the connection on purpose, and
``"shutdown"`` when the server was stopped with the connection still open.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import http
import json
import re
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "Chunked",
    "Drop",
    "LoopbackServer",
    "RecordedConnection",
    "RecordedRequest",
    "Reply",
    "ResetAfter",
    "ShortBody",
    "Stall",
    "closed_port",
    "multipart_boundary",
    "normalise_boundary",
    "parse_multipart",
    "pieces",
]

POLL = 0.01  # how often a waiting connection thread looks at its socket and the stop flag
HeaderItems = Mapping[str, str] | Iterable[tuple[str, str]]


class _ClientGone(Exception):
    """The client closed or reset the connection."""


class _Stopping(Exception):
    """The server is shutting down."""


@dataclass(eq=False)
class RecordedConnection:
    id: int
    opened_at: float
    closed_at: float | None = None
    closed_by: str | None = None  # "client", "server" or "shutdown"
    requests: list[RecordedRequest] = field(default_factory=list, repr=False)

    @property
    def open(self) -> bool:
        return self.closed_by is None


@dataclass(eq=False)
class RecordedRequest:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names; a repeated header keeps its last value
    raw_headers: list[tuple[str, str]]
    body: bytes = field(repr=False)
    connection: RecordedConnection = field(repr=False)
    received_at: float  # time.monotonic() when the whole request had been read
    received_wall: float  # time.time() at the same moment
    responded_at: float | None = None  # time.monotonic() when the scripted behaviour finished

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


def _as_items(headers: HeaderItems) -> list[tuple[str, str]]:
    return list(headers.items()) if isinstance(headers, Mapping) else list(headers)


def _head(status: int, headers: HeaderItems, framing: Iterable[tuple[str, str]]) -> bytes:
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in [*_as_items(headers), *framing]]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _as_body(body: bytes | str | Any) -> tuple[bytes, list[tuple[str, str]]]:
    if isinstance(body, bytes):
        return body, []
    if isinstance(body, str):
        return body.encode(), [("content-type", "text/plain; charset=utf-8")]
    return json.dumps(body).encode(), [("content-type", "application/json")]


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def pieces(data: bytes, size: int) -> list[bytes]:
    """``data`` cut into pieces of ``size`` bytes (the last may be shorter)."""
    return [data[i : i + size] for i in range(0, len(data), size)]


class _Exchange:
    """What a behaviour may do with the connection while answering one request."""

    def __init__(self, server: LoopbackServer, sock: socket.socket, conn: RecordedConnection) -> None:
        self.server = server
        self.sock = sock
        self.conn = conn
        self.reset_done = False

    def send(self, data: bytes) -> None:
        if self.server._stopping.is_set():
            raise _Stopping
        try:
            self.sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError) as error:
            raise _ClientGone from error

    def _check_client(self) -> None:
        if self.server._stopping.is_set():
            raise _Stopping
        readable, _, _ = select.select([self.sock, self.server._wake], [], [], POLL)
        if self.server._stopping.is_set():
            raise _Stopping
        if self.sock in readable:
            try:
                peeked = self.sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except BlockingIOError:
                return
            except ConnectionResetError as error:
                raise _ClientGone from error
            if not peeked:
                raise _ClientGone
            time.sleep(POLL)  # the client sent more (it never does while waiting for an answer)

    def wait(self, seconds: float) -> None:
        """Sleep, but notice at once when the client goes away or the server stops."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._check_client()

    def wait_for(self, event: threading.Event, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not event.is_set():
            if time.monotonic() >= deadline:
                return False
            self._check_client()
        return True

    def hold(self) -> None:
        """Keep the connection open, silent, until the client closes it (or the server stops)."""
        while True:
            self._check_client()

    def reset(self) -> None:
        """Abort the connection: SO_LINGER 0 makes close() send RST instead of FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()
        self.reset_done = True


class Behaviour:
    """One scripted answer. ``run`` returns True to keep the connection for the next request."""

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        raise NotImplementedError


@dataclass
class Reply(Behaviour):
    """A complete response with a Content-Length; ``write_size`` sends the body in pieces."""

    status: int = 200
    body: bytes | str | Any = b""
    headers: HeaderItems = ()
    write_size: int | None = None
    close: bool = False

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        body, extra = _as_body(self.body)
        framing = [*extra, ("content-length", str(len(body)))]
        if self.close:
            framing.append(("connection", "close"))
        ex.send(_head(self.status, self.headers, framing))
        for piece in pieces(body, self.write_size) if self.write_size else [body]:
            ex.send(piece)
        return not self.close


@dataclass
class Chunked(Behaviour):
    """A chunked response, one write per chunk.

    ``delay`` waits between chunks. With ``gate``, chunks from index ``gate_at`` on are sent
    only once the test sets the event (or ``gate_timeout`` passes: ``gate_timed_out`` tells).
    ``sent[i]`` is set when chunk ``i`` has been written; ``finished`` after the last one.
    ``end``: ``"complete"`` (terminating chunk), ``"close"`` (FIN without the terminating
    chunk: a cut body) or ``"reset"`` (RST after the chunks).
    """

    chunks: Sequence[bytes]
    status: int = 200
    headers: HeaderItems = ()
    delay: float = 0.0
    gate: threading.Event | None = None
    gate_at: int = 1
    gate_timeout: float = 10.0
    end: str = "complete"
    sent: list[threading.Event] = field(init=False)
    finished: threading.Event = field(init=False, default_factory=threading.Event)
    gate_timed_out: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.sent = [threading.Event() for _ in self.chunks]

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        ex.send(_head(self.status, self.headers, [("transfer-encoding", "chunked")]))
        for index, data in enumerate(self.chunks):
            if index and self.delay:
                ex.wait(self.delay)
            if self.gate is not None and index == self.gate_at:
                self.gate_timed_out = not ex.wait_for(self.gate, self.gate_timeout)
            ex.send(_chunk(data))
            self.sent[index].set()
        self.finished.set()
        if self.end == "reset":
            ex.reset()
            return False
        if self.end == "close":
            return False
        ex.send(b"0\r\n\r\n")
        return True


@dataclass
class ShortBody(Behaviour):
    """Declare ``content_length`` but send only ``body``, then close (FIN)."""

    body: bytes
    content_length: int
    status: int = 200
    headers: HeaderItems = ()

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        ex.send(_head(self.status, self.headers, [("content-length", str(self.content_length))]))
        ex.send(self.body)
        return False  # close() sends FIN after the bytes already written


@dataclass
class ResetAfter(Behaviour):
    """Start ``body`` (Content-Length or chunked framing), send its first ``after`` bytes, then RST."""

    body: bytes
    after: int
    status: int = 200
    headers: HeaderItems = ()
    chunked: bool = False
    settle: float = 0.05  # pause before the RST so the client can read what was sent

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        head = self.body[: self.after]
        if self.chunked:
            ex.send(_head(self.status, self.headers, [("transfer-encoding", "chunked")]))
            if head:
                ex.send(_chunk(head))
        else:
            ex.send(_head(self.status, self.headers, [("content-length", str(len(self.body)))]))
            ex.send(head)
        ex.wait(self.settle)
        ex.reset()
        return False


@dataclass
class Stall(Behaviour):
    """Send the status line and headers (unless ``before_headers``), then nothing, until the client gives up."""

    status: int = 200
    headers: HeaderItems = ()
    before_headers: bool = False
    content_length: int = 1000

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        if not self.before_headers:
            ex.send(_head(self.status, self.headers, [("content-length", str(self.content_length))]))
        ex.hold()
        return False  # not reached: hold() ends with the client closing or the server stopping


@dataclass
class Drop(Behaviour):
    """Read the request and close the connection without answering (with RST if ``reset``)."""

    reset: bool = False

    def run(self, ex: _Exchange, request: RecordedRequest) -> bool:
        if self.reset:
            ex.reset()
        return False


class _Reader:
    def __init__(self, server: LoopbackServer, sock: socket.socket) -> None:
        self._server = server
        self._sock = sock
        self._buffer = bytearray()

    def _fill(self, *, at_start: bool) -> bool:
        select.select([self._sock, self._server._wake], [], [])
        if self._server._stopping.is_set():
            raise _Stopping
        try:
            data = self._sock.recv(65536)
        except ConnectionResetError as error:
            raise _ClientGone from error
        if not data:
            if at_start and not self._buffer:
                return False
            raise _ClientGone
        self._buffer += data
        return True

    def until(self, marker: bytes, *, at_start: bool = False) -> bytes | None:
        while (end := self._buffer.find(marker)) < 0:
            if not self._fill(at_start=at_start):
                return None
        data = bytes(self._buffer[: end + len(marker)])
        del self._buffer[: end + len(marker)]
        return data

    def exactly(self, size: int) -> bytes:
        while len(self._buffer) < size:
            self._fill(at_start=False)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


class LoopbackServer:
    """See the module docstring. Use as a context manager, or call ``start``/``close``."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(512)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._script: collections.deque[Behaviour] = collections.deque()
        self.requests: list[RecordedRequest] = []
        self.connections: list[RecordedConnection] = []
        self.unscripted = 0
        self.max_open = 0
        self.errors: list[BaseException] = []  # exceptions in the server itself (bugs in a test's script)
        self._cond = threading.Condition()
        self._stopping = threading.Event()
        # Every wait in the server also selects on _wake, which becomes readable (for good) on close().
        self._wake, self._wake_writer = socket.socketpair()
        self._threads: list[threading.Thread] = []
        self._acceptor: threading.Thread | None = None

    # -- control -------------------------------------------------------------------------

    def start(self) -> LoopbackServer:
        self._acceptor = threading.Thread(target=self._accept_loop, name=f"loopback-{self.port}", daemon=True)
        self._acceptor.start()
        return self

    def close(self) -> None:
        self._stopping.set()
        self._wake_writer.send(b"x")
        if self._acceptor is not None:
            self._acceptor.join(5)
        self._listener.close()
        for thread in list(self._threads):
            thread.join(5)
        self._wake.close()
        self._wake_writer.close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def enqueue(self, *behaviours: Behaviour) -> None:
        with self._cond:
            self._script.extend(behaviours)

    @property
    def open_count(self) -> int:
        with self._cond:
            return sum(1 for conn in self.connections if conn.open)

    @property
    def pending(self) -> int:
        """Scripted behaviours not used yet."""
        with self._cond:
            return len(self._script)

    def wait(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Block until ``predicate()`` holds (checked at every change the server records)."""
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    async def until(self, predicate: Callable[[], bool], within: float = 5.0) -> bool:
        """``wait`` for event-loop code: polls, so tasks (e.g. closing a response) keep running."""
        deadline = time.monotonic() + within
        while True:
            with self._cond:
                if predicate():
                    return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(POLL)

    # -- internals -----------------------------------------------------------------------

    def _accept_loop(self) -> None:
        next_id = 0
        while not self._stopping.is_set():
            readable, _, _ = select.select([self._listener, self._wake], [], [])
            if self._listener not in readable or self._stopping.is_set():
                continue
            try:
                sock, _ = self._listener.accept()
            except OSError:
                continue
            next_id += 1
            conn = RecordedConnection(id=next_id, opened_at=time.monotonic())
            with self._cond:
                self.connections.append(conn)
                self.max_open = max(self.max_open, sum(1 for c in self.connections if c.open))
                self._cond.notify_all()
            thread = threading.Thread(target=self._serve, args=(sock, conn), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _mark_closed(self, conn: RecordedConnection, by: str) -> None:
        with self._cond:
            if conn.closed_by is None:
                conn.closed_by = by
                conn.closed_at = time.monotonic()
            self._cond.notify_all()

    def _next_behaviour(self) -> Behaviour | None:
        with self._cond:
            return self._script.popleft() if self._script else None

    def _read_request(self, reader: _Reader, conn: RecordedConnection) -> RecordedRequest | None:
        head = reader.until(b"\r\n\r\n", at_start=True)
        if head is None:
            return None
        request_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        raw_headers = []
        for line in header_lines:
            name, _, value = line.partition(":")
            raw_headers.append((name.strip(), value.strip()))
        headers = {name.lower(): value for name, value in raw_headers}
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = bytearray()
            while True:
                size_line = reader.until(b"\r\n")
                assert size_line is not None
                size = int(size_line.split(b";")[0].strip(), 16)
                if size == 0:
                    while reader.until(b"\r\n") not in (b"\r\n", None):
                        pass  # trailers
                    break
                body += reader.exactly(size)
                reader.exactly(2)
            data = bytes(body)
        else:
            data = reader.exactly(int(headers.get("content-length", "0")))
        request = RecordedRequest(
            method=method,
            target=target,
            headers=headers,
            raw_headers=raw_headers,
            body=data,
            connection=conn,
            received_at=time.monotonic(),
            received_wall=time.time(),
        )
        with self._cond:
            self.requests.append(request)
            conn.requests.append(request)
            self._cond.notify_all()
        return request

    def _serve(self, sock: socket.socket, conn: RecordedConnection) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(10)  # bounds a sendall to a client that stopped reading
        reader = _Reader(self, sock)
        exchange = _Exchange(self, sock, conn)
        closed_by = "server"
        try:
            while True:
                request = self._read_request(reader, conn)
                if request is None:
                    closed_by = "client"
                    return
                behaviour = self._next_behaviour()
                if behaviour is None:
                    with self._cond:
                        self.unscripted += 1
                    behaviour = Reply(418, body={"detail": "no scripted response left"})
                keep = behaviour.run(exchange, request)
                request.responded_at = time.monotonic()
                with self._cond:
                    self._cond.notify_all()
                if not keep:
                    return
        except _ClientGone:
            closed_by = "client"
        except _Stopping:
            closed_by = "shutdown"
        except BaseException as error:
            self.errors.append(error)
        finally:
            if not exchange.reset_done:
                with contextlib.suppress(OSError):
                    sock.close()
            self._mark_closed(conn, closed_by)


def closed_port() -> int:
    """A loopback port nobody listens on (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def multipart_boundary(content_type: str) -> bytes:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "boundary":
            return value.strip('"').encode()
    raise ValueError(f"no boundary in {content_type!r}")


def normalise_boundary(body: bytes, content_type: str) -> bytes:
    """The body with its multipart boundary replaced by a fixed token (to compare two renderings)."""
    return body.replace(multipart_boundary(content_type), b"BOUNDARY")


@dataclass
class Part:
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """Split a multipart/form-data body into its parts; raise ValueError if it is not well formed."""
    delimiter = b"\r\n--" + multipart_boundary(content_type)
    first, *segments, last = (b"\r\n" + body).split(delimiter)
    if first or last != b"--\r\n":
        raise ValueError("multipart body does not start with a boundary or end with the closing one")
    parts = []
    for segment in segments:
        if not segment.startswith(b"\r\n") or b"\r\n\r\n" not in segment:
            raise ValueError(f"malformed part: {segment[:80]!r}")
        head, _, data = segment[2:].partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        params = dict(re.findall(r';\s*([a-z]+)="([^"]*)"', headers.get("content-disposition", "")))
        parts.append(Part(params.get("name"), params.get("filename"), headers.get("content-type"), data))
    return parts
