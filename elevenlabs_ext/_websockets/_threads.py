"""How the sync socket shells wait, read and pump text: threads and a condition.

The twin of ``_tasks.py``. These are the only places where the two flavours differ beyond
the async renaming; the shells in ``_sync.py`` and ``_async.py`` call them by the same names.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterable, Sized
from typing import Any, Self

__all__ = ["Pump", "Waiters", "check_source", "close_abandoned", "deadline", "received_frames", "receiver", "recv"]


def deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


def recv(connection: Any, deadline: float | None) -> str | bytes:
    frame: str | bytes = connection.recv(None if deadline is None else max(deadline - time.monotonic(), 0.0))
    return frame


def receiver(connection: Any, deadline: float | None) -> Callable[[], str | bytes]:
    """``recv`` for a loop that reads many frames, each read bounded by the same deadline."""
    return functools.partial(recv, connection, deadline)


def received_frames(connection: Any) -> Sized:
    """None to route beyond a reader's own chunk: websockets' own thread keeps receiving
    meanwhile, so a backlog could grow as fast as it is routed and the reader never return."""
    return ()


def check_source(text: object) -> None:
    if not isinstance(text, str | Iterable):
        raise TypeError(f"text must be a str or an iterable of str, got {type(text).__name__}")


def close_abandoned(connection: Any) -> None:
    connection.close()


class Pump:
    """Text sent from a helper thread while the caller reads the audio."""

    def __init__(self, name: str, join_timeout: float | None, target: Callable[..., None], *args: Any) -> None:
        self._join_timeout = join_timeout
        self._thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._thread.start()

    def join(self) -> None:
        # Bounded: a text iterator blocked forever must not hold the reader once the audio is over.
        self._thread.join(self._join_timeout)

    def cancel(self) -> None:
        """Threads cannot be stopped; the pump stops at its next piece (it checks the state)."""


class Waiters:
    """Threads waiting for chunks while another thread reads the wire. Used as the lock that
    guards the socket's state; ``wait`` releases it while waiting."""

    def __init__(self) -> None:
        self._condition = threading.Condition()

    def __enter__(self) -> Self:
        self._condition.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._condition.release()

    def wait(self, context_id: str | None, deadline: float | None) -> None:
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise TimeoutError("no chunk within the timeout")
        self._condition.wait(remaining)

    def wake(self, routed: Any) -> None:
        self._condition.notify_all()

    def wake_all(self) -> None:
        self._condition.notify_all()

    def hand_over(self) -> None:
        self._condition.notify_all()
