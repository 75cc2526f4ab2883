"""Errors of the realtime sockets (speech to text, agent conversations), part of the one error
tree (see ``_errors``)::

    WebSocketError
    ├── WebSocketTimeoutError (also TimeoutError)     nothing came from the service in time
    └── WebSocketClosedError
        ├── WebSocketPolicyViolationError             close 1008 (refused key, broken protocol, ...)
        ├── WebSocketServerClosedError                close 1011-1014 (the service failed or restarts)
        ├── WebSocketConnectionLostError              1006: the connection dropped without a close frame
        ├── WebSocketMessageTooBigError               1009: a frame over ``max_size``
        ├── RealtimeSpeechToTextError                 an error message of the realtime STT socket
        │   ├── SpeechToTextAuthError                 auth_error
        │   ├── SpeechToTextQuotaExceededError        quota_exceeded
        │   ├── ... one class per error message type (``SPEECH_TO_TEXT_ERRORS``)
        └── ConversationError                         an ``error`` message of an agent conversation

Kept in their own module so that ``elevenlabs_ext`` can re-export them without importing the
socket machinery.
"""

from __future__ import annotations

from typing import Final

from ._errors import WebSocketClosedError, WebSocketError

__all__ = [
    "SPEECH_TO_TEXT_ERRORS",
    "ConversationError",
    "RealtimeSpeechToTextError",
    "SpeechToTextAuthError",
    "SpeechToTextChunkSizeExceededError",
    "SpeechToTextCommitThrottledError",
    "SpeechToTextInputError",
    "SpeechToTextInsufficientAudioError",
    "SpeechToTextInvalidRequestError",
    "SpeechToTextQueueOverflowError",
    "SpeechToTextQuotaExceededError",
    "SpeechToTextRateLimitedError",
    "SpeechToTextResourceExhaustedError",
    "SpeechToTextSessionTimeLimitError",
    "SpeechToTextTranscriberError",
    "SpeechToTextUnacceptedTermsError",
    "WebSocketConnectionLostError",
    "WebSocketMessageTooBigError",
    "WebSocketPolicyViolationError",
    "WebSocketServerClosedError",
    "WebSocketTimeoutError",
    "closed_error_class",
    "typed_closed_error",
]


class WebSocketTimeoutError(WebSocketError, TimeoutError):
    """Nothing arrived from the service within the time allowed (the socket is still open)."""


class WebSocketPolicyViolationError(WebSocketClosedError):
    """The service closed with 1008: it refused the credentials or a message broke its rules."""


class WebSocketServerClosedError(WebSocketClosedError):
    """The service closed with 1011-1014: it failed, is restarting or is overloaded."""


class WebSocketConnectionLostError(WebSocketClosedError):
    """The connection dropped without a close frame (1006)."""


class WebSocketMessageTooBigError(WebSocketClosedError):
    """A frame from the service was larger than ``max_size`` (1009)."""


_CLOSE_CODES: Final[dict[int, type[WebSocketClosedError]]] = {
    1006: WebSocketConnectionLostError,
    1008: WebSocketPolicyViolationError,
    1009: WebSocketMessageTooBigError,
    1011: WebSocketServerClosedError,
    1012: WebSocketServerClosedError,
    1013: WebSocketServerClosedError,
    1014: WebSocketServerClosedError,
}


def closed_error_class(code: int | None) -> type[WebSocketClosedError]:
    """The error class for an abnormal close with ``code`` (``WebSocketClosedError`` for the rest)."""
    return _CLOSE_CODES.get(code, WebSocketClosedError) if code is not None else WebSocketClosedError


def typed_closed_error(code: int | None, reason: str, what: str, by_us: bool = False) -> WebSocketClosedError:
    """The error for an abnormal close, of the class its code calls for; ``what`` says when it came."""
    shown = f"{code}" + (f" {reason!r}" if reason else "")
    who = "this client closed the socket" if by_us else "the service closed the socket"
    return closed_error_class(code)(f"{who} ({shown}) {what}", code=code, reason=reason)


class RealtimeSpeechToTextError(WebSocketClosedError):
    """The realtime speech-to-text socket reported an error.

    Attributes:
        message_type: the service's error type (``"auth_error"``, ``"input_error"``, ...).
        recoverable: True when the session goes on (one chunk or one commit was lost):
            ``receive()`` may be called again; otherwise the socket is over.
    """

    recoverable: bool = False

    def __init__(self, message: str, *, message_type: str, reason: str, code: int | None = None) -> None:
        super().__init__(message, code=code, reason=reason, error=message_type)
        self.message_type = message_type


class SpeechToTextAuthError(RealtimeSpeechToTextError):
    """The key or the single-use token was missing or refused."""


class SpeechToTextQuotaExceededError(RealtimeSpeechToTextError):
    """The account's quota is spent."""


class SpeechToTextCommitThrottledError(RealtimeSpeechToTextError):
    """Commits came too fast; the session goes on."""

    recoverable = True


class SpeechToTextUnacceptedTermsError(RealtimeSpeechToTextError):
    """The account has not accepted the terms this model needs."""


class SpeechToTextRateLimitedError(RealtimeSpeechToTextError):
    """Too many sessions or requests at once."""


class SpeechToTextQueueOverflowError(RealtimeSpeechToTextError):
    """Audio was committed faster than it could be transcribed."""


class SpeechToTextResourceExhaustedError(RealtimeSpeechToTextError):
    """The service has no capacity for the session now."""


class SpeechToTextSessionTimeLimitError(RealtimeSpeechToTextError):
    """The session reached its longest allowed duration."""


class SpeechToTextInputError(RealtimeSpeechToTextError):
    """One message was not valid input (bad base64, audio not in the format); the session goes on."""

    recoverable = True


class SpeechToTextInvalidRequestError(RealtimeSpeechToTextError):
    """The handshake's options were refused (unknown model, out-of-range VAD setting, ...)."""


class SpeechToTextChunkSizeExceededError(RealtimeSpeechToTextError):
    """One chunk carried too much audio; it was dropped and the session goes on."""

    recoverable = True


class SpeechToTextInsufficientAudioError(RealtimeSpeechToTextError):
    """A committed segment had no speech in it; the session goes on."""

    recoverable = True


class SpeechToTextTranscriberError(RealtimeSpeechToTextError):
    """The recogniser failed on one segment; the session goes on."""

    recoverable = True


# Every error message type of sockets.yaml's ``WsSttError`` and its class ("error" is the generic one).
SPEECH_TO_TEXT_ERRORS: Final[dict[str, type[RealtimeSpeechToTextError]]] = {
    "error": RealtimeSpeechToTextError,
    "auth_error": SpeechToTextAuthError,
    "quota_exceeded": SpeechToTextQuotaExceededError,
    "commit_throttled": SpeechToTextCommitThrottledError,
    "unaccepted_terms": SpeechToTextUnacceptedTermsError,
    "rate_limited": SpeechToTextRateLimitedError,
    "queue_overflow": SpeechToTextQueueOverflowError,
    "resource_exhausted": SpeechToTextResourceExhaustedError,
    "session_time_limit_exceeded": SpeechToTextSessionTimeLimitError,
    "input_error": SpeechToTextInputError,
    "invalid_request": SpeechToTextInvalidRequestError,
    "chunk_size_exceeded": SpeechToTextChunkSizeExceededError,
    "insufficient_audio_activity": SpeechToTextInsufficientAudioError,
    "transcriber_error": SpeechToTextTranscriberError,
}


class ConversationError(WebSocketClosedError):
    """An agent conversation reported an error (``error_type`` names it, when the service did)."""

    def __init__(self, message: str, *, code: int | None, reason: str, error_type: str | None) -> None:
        super().__init__(message, code=code, reason=reason, error=error_type)
        self.error_type = error_type
