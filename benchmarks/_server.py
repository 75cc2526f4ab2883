"""A loopback HTTP/1.1 server that answers every request with a chunked body of random bytes.

Run as a separate process (``python -m benchmarks._server``) so that it never competes with
the client being measured for the GIL. The body size and the chunk size come from the
request headers ``x-bench-bytes`` and ``x-bench-chunk`` (defaults: the command-line options).
Connections are kept alive; request bodies are read and discarded. The server exits when
its standard input closes, so it never outlives the benchmark that started it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import socket
import socketserver
import sys
import threading
from collections.abc import Iterator

from ._common import serve_in_child

__all__ = ["BYTES_HEADER", "CHUNK_HEADER", "running_server"]

BYTES_HEADER = "x-bench-bytes"
CHUNK_HEADER = "x-bench-chunk"
_MAX_LINE = 65536
# Frames are sent in batches of about this many bytes: one sendall per batch, not per frame,
# so the server is never the slower side of the loopback.
_BATCH = 256 * 1024
_PAYLOAD = random.Random(0).randbytes(1024 * 1024)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    default_bytes = 0
    default_chunk = 16 * 1024


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while self._one_request():
            pass

    def _one_request(self) -> bool:
        if not self.rfile.readline(_MAX_LINE).strip():
            return False  # connection closed
        headers: dict[str, str] = {}
        while True:
            line = self.rfile.readline(_MAX_LINE)
            if line in (b"\r\n", b"\n", b""):
                break
            key, _, value = line.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        if length:
            self.rfile.read(length)
        total = int(headers.get(BYTES_HEADER, self.server.default_bytes))
        chunk = min(int(headers.get(CHUNK_HEADER, self.server.default_chunk)), len(_PAYLOAD))
        write = self.wfile.write
        write(b"HTTP/1.1 200 OK\r\ncontent-type: audio/mpeg\r\ntransfer-encoding: chunked\r\n\r\n")
        frame = b"%x\r\n%b\r\n" % (chunk, _PAYLOAD[:chunk])
        per_batch = max(1, _BATCH // chunk)
        batch = frame * per_batch
        frames, rest = divmod(total, chunk)
        batches, single = divmod(frames, per_batch)
        for _ in range(batches):
            write(batch)
        if single:
            write(frame * single)
        if rest:
            write(b"%x\r\n%b\r\n" % (rest, _PAYLOAD[:rest]))
        write(b"0\r\n\r\n")
        return True


@contextlib.contextmanager
def running_server(default_bytes: int, default_chunk: int = 16 * 1024) -> Iterator[str]:
    """Start the server in a child process; yield its base URL (``http://127.0.0.1:PORT``)."""
    with serve_in_child("benchmarks._server", "--bytes", str(default_bytes), "--chunk", str(default_chunk)) as url:
        yield url


def _exit_with_parent() -> None:
    sys.stdin.buffer.read()  # returns at EOF: the parent closed the pipe or died
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bytes", type=int, default=0, help="default body size")
    parser.add_argument("--chunk", type=int, default=16 * 1024, help="default chunk size")
    options = parser.parse_args()
    with _Server(("127.0.0.1", 0), _Handler) as server:
        server.default_bytes = options.bytes
        server.default_chunk = options.chunk
        threading.Thread(target=_exit_with_parent, daemon=True).start()
        print(f"PORT {server.server_address[1]}", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
