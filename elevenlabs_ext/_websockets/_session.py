"""What the realtime protocols share about ending: the sticky failure, and what a close means.

A normal close from the service ends the session quietly (unless the protocol still waits for
answers); any other close, or one of our own, becomes the typed error of its code, which every
later call raises again.
"""

from __future__ import annotations

from typing import ClassVar

from .._errors import WebSocketError, WebSocketStateError
from .._realtime_errors import typed_closed_error
from ._codec import GOING_AWAY, NORMAL_CLOSURE

__all__ = ["RealtimeSession"]


class RealtimeSession:
    """Base of a realtime protocol: ``failure``/``finished`` and the two close steps."""

    # How the subclass words the end: after a normal close when sending, and for the error's "what".
    ended_message: ClassVar[str]
    while_sending: ClassVar[str]
    during: ClassVar[str]

    def __init__(self) -> None:
        self._failure: WebSocketError | None = None
        self._finished = False

    @property
    def failure(self) -> WebSocketError | None:
        """The error that ended the session (raised again by every later call), if any."""
        return self._failure

    @property
    def finished(self) -> bool:
        """True once the session is over (closed, or failed)."""
        return self._finished

    def unanswered(self) -> str | None:
        """What a normal close from the service leaves undone (None: nothing), e.g. commits."""
        return None

    def closed_while_sending(self, code: int | None, reason: str, by_us: bool = False) -> WebSocketError:
        if self._failure is not None:
            return self._failure
        if code in (NORMAL_CLOSURE, GOING_AWAY) and not by_us:
            return WebSocketStateError(self.ended_message)
        return typed_closed_error(code, reason, self.while_sending, by_us)

    def connection_closed(self, code: int | None, reason: str, by_us: bool = False) -> None:
        """The connection closed: a normal close ends the session; anything else raises."""
        if self._failure is not None:
            failure = self._failure
            if getattr(failure, "code", 0) is None:
                failure.code = code  # type: ignore[attr-defined]
            raise failure
        self._finished = True
        what = self.during
        if code in (NORMAL_CLOSURE, GOING_AWAY) and not by_us:
            left = self.unanswered()
            if left is None:
                return
            what = left
        self._failure = typed_closed_error(code, reason, what, by_us)
        raise self._failure
