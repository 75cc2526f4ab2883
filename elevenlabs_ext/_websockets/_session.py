"""What the client protocols share about ending.

``StickyReceiver`` (every channel): once a received frame fails, every later call raises the
same error. ``RealtimeSession`` (speech to text, conversations): a normal close from the
service ends the session quietly (unless the protocol still waits for answers); any other
close, or one of our own, becomes the typed error of its code, which every later call raises
again.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from .._errors import WebSocketClosedError, WebSocketError, WebSocketStateError
from .._realtime_errors import typed_closed_error
from ._codec import GOING_AWAY, NORMAL_CLOSURE

__all__ = ["RealtimeSession", "StickyReceiver"]

EventT = TypeVar("EventT")


class StickyReceiver(Generic[EventT]):
    """A protocol's receiving: ``receive`` turns a frame into its event (``_receive``), and the
    error of a frame that fails ends the protocol, raised again by every later call (a socket
    that broke its protocol is not read from again)."""

    def __init__(self) -> None:
        self._failure: WebSocketError | None = None
        self._finished = False

    @property
    def failure(self) -> WebSocketError | None:
        """The error that ended the protocol (raised again by every later call), if any."""
        return self._failure

    def receive(self, frame: str | bytes) -> EventT:
        """Turn one received frame into its event, or raise (and keep raising)."""
        if self._failure is not None:
            raise self._failure
        try:
            return self._receive(frame)
        except WebSocketError as error:
            if self._ends(error):
                self._failure = error
                self._finished = True
            raise

    def _raise_failure(self, code: int | None) -> None:
        """Raise the error that ended the protocol, if any, with the close code it still lacked."""
        failure = self._failure
        if failure is not None:
            if isinstance(failure, WebSocketClosedError) and failure.code is None:
                failure.code = code
            raise failure

    def _ends(self, error: WebSocketError) -> bool:
        """Whether ``error`` ends the protocol (all do, unless a channel says otherwise)."""
        return True

    def _receive(self, frame: str | bytes) -> EventT:
        raise NotImplementedError


class RealtimeSession(StickyReceiver[EventT]):
    """Base of a realtime protocol: ``finished`` and the two close steps."""

    # How the subclass words the end: after a normal close when sending, and for the error's "what".
    ended_message: ClassVar[str]
    while_sending: ClassVar[str]
    during: ClassVar[str]

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
        self._raise_failure(code)
        self._finished = True
        what = self.during
        if code in (NORMAL_CLOSURE, GOING_AWAY) and not by_us:
            left = self.unanswered()
            if left is None:
                return
            what = left
        self._failure = typed_closed_error(code, reason, what, by_us)
        raise self._failure
