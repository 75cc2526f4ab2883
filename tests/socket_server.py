"""A websockets server on 127.0.0.1 in a thread of its own, for tests that script the service's
side of a socket. Subclasses answer the handshake (``_process_request``) and run each
connection (``_handle``)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any, Self

__all__ = ["ThreadedSocketServer"]


class ThreadedSocketServer:
    """``with Server() as server:`` … ``server.url`` is an http://127.0.0.1 base URL."""

    thread_name = "scripted-ws-server"

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), name=self.thread_name, daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the websocket server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    async def _main(self) -> None:
        from websockets.asyncio.server import serve

        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with serve(
            self._handle, "127.0.0.1", 0, process_request=self._process_request, compression=None, ping_interval=None
        ) as server:
            self.port = next(iter(server.sockets)).getsockname()[1]
            self._started.set()
            await self._stop.wait()
            server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 5)

    def _process_request(self, connection: Any, request: Any) -> Any:
        raise NotImplementedError

    async def _handle(self, websocket: Any) -> None:
        raise NotImplementedError
