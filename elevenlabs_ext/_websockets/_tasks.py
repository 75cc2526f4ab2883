"""How the async socket shells wait, read and pump text: asyncio tasks and futures.

The twin of ``_threads.py``. These are the only places where the two flavours differ beyond
the async renaming; the shells in ``_async.py`` and ``_sync.py`` call them by the same names.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Coroutine, Iterable, Sized
from typing import TYPE_CHECKING, Any, Self

from ._base import EVERYONE

if TYPE_CHECKING:
    import asyncio

__all__ = ["Pump", "Waiters", "check_source", "close_abandoned", "received_frames", "receiver", "recv"]

# Keeps tasks that close abandoned sockets alive until they finish.
_closing_tasks: set[asyncio.Task[None]] = set()


def recv(connection: Any, deadline: float | None) -> Awaitable[str | bytes]:
    # Tasks bound their waits with asyncio.timeout() around the call: no deadline here. The
    # connection's own awaitable is returned, without a coroutine of ours around it.
    frame: Awaitable[str | bytes] = connection.recv()
    return frame


def receiver(connection: Any, deadline: float | None) -> Callable[[], Awaitable[str | bytes]]:
    """``recv`` for a loop that reads many frames: the connection's own method."""
    read: Callable[[], Awaitable[str | bytes]] = connection.recv
    return read


def received_frames(connection: Any) -> Sized:
    """The frames the connection has received and ``recv`` returns without waiting; a reader
    routes them all before it hands its own chunk back. Nothing arrives while a task runs
    (the event loop reads the network), so that backlog only shrinks. (websockets keeps them
    in ``recv_messages.frames.queue``; any other layout reads as none: readers then stop at
    their own chunk.)"""
    queue = getattr(getattr(getattr(connection, "recv_messages", None), "frames", None), "queue", None)
    return queue if isinstance(queue, Sized) else ()


def check_source(text: object) -> None:
    if not isinstance(text, str | Iterable | AsyncIterable):
        raise TypeError(f"text must be a str or an (async) iterable of str, got {type(text).__name__}")


def close_abandoned(connection: Any) -> None:
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # no loop left to close on: the transport dies with it
    task = loop.create_task(connection.close())
    _closing_tasks.add(task)
    task.add_done_callback(_closing_tasks.discard)


class Pump:
    """Text sent from a task while the caller reads the audio."""

    def __init__(
        self, name: str, join_timeout: float | None, target: Callable[..., Coroutine[Any, Any, None]], *args: Any
    ) -> None:
        import asyncio

        self._task = asyncio.get_running_loop().create_task(target(*args), name=name)

    async def join(self) -> None:
        await self._task

    def cancel(self) -> None:
        if not self._task.done():
            self._task.cancel()


class Waiters:
    """Tasks waiting for chunks while another task reads the wire, by the context they wait
    for (None: any). A frame wakes only its context's waiters; a reader that is done hands
    over to one waiter. The ``with`` block is a no-op: tasks switch only at ``await``."""

    def __init__(self) -> None:
        self._waiting: dict[str | None, list[asyncio.Future[None]]] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    async def wait(self, context_id: str | None, deadline: float | None) -> None:
        import asyncio

        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(context_id, []).append(waiter)
        try:
            await waiter  # whoever resolves it has already taken it off the list
        except BaseException:  # cancelled, or its timeout expired
            waiters = self._waiting.get(context_id)
            if waiters is not None and waiter in waiters:
                waiters.remove(waiter)
                if not waiters:
                    del self._waiting[context_id]
            elif waiter.done() and not waiter.cancelled():
                # Woken (perhaps handed the wire) but leaving before it could act: pass the
                # turn on, or the other waiters would wait for a reader that never comes.
                self.hand_over()
            raise

    def wake(self, routed: Any) -> None:
        waiting = self._waiting
        if not waiting:
            return
        if routed is EVERYONE:
            self.wake_all()
            return
        for key in (routed, None):
            for waiter in waiting.pop(key, ()):
                if not waiter.done():
                    waiter.set_result(None)

    def wake_all(self) -> None:
        for key in list(self._waiting):
            self._wake(key)

    def hand_over(self) -> None:
        if not self._waiting:
            return
        for key, waiters in list(self._waiting.items()):
            while waiters:
                waiter = waiters.pop(0)
                if not waiter.done():
                    waiter.set_result(None)
                    return
            del self._waiting[key]

    def _wake(self, key: str | None) -> None:
        for waiter in self._waiting.pop(key, ()):
            if not waiter.done():
                waiter.set_result(None)
