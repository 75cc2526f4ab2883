"""The one error tree of elevenlabs_ext.

    ElevenLabsError
    ├── ConfigurationError (also ValueError)      bad client settings: no key, key over plain http, ...
    ├── InvalidRequestError (also ValueError)     a request refused before sending: a path parameter "." or ".."
    ├── APIError
    │   ├── APIStatusError                        the API answered with a status >= 400, or a redirect
    │   │   ├── RedirectError                     3xx not followed: another origin, a loop, too many hops
    │   │   ├── BadRequestError                   400
    │   │   ├── AuthenticationError               401 (also quota exhaustion: ``code == "quota_exceeded"``)
    │   │   ├── PermissionDeniedError             403
    │   │   ├── NotFoundError                     404
    │   │   ├── ConflictError                     409
    │   │   ├── UnprocessableEntityError          422 (``validation`` holds the parsed detail)
    │   │   ├── RateLimitError                    429 (``retry_after`` in seconds when the API said)
    │   │   └── InternalServerError               >= 500
    │   └── APIConnectionError                    no complete answer: refused, reset, cut short
    │       ├── APITimeoutError                   connect, read, write or pool timeout
    │       └── CrossOriginRedirectError          a socket handshake redirected to another origin
    ├── ResponseDecodeError (also ValueError)     a body is not what the endpoint declares (``content_type``),
    │   │                                         or its content encoding is corrupt or cut short
    │   └── StreamDecodeError                     a streamed line could not be decoded (``line_number``)
    ├── StreamStateError (also RuntimeError)      a stream used out of order: read before it was opened, ...
    │   └── StreamConsumedError                   its body has been iterated already
    │       └── StreamClosedError                 it was closed (its ``with`` block ended) before the body was read
    ├── AudioError                                playback, output formats (elevenlabs_ext.audio; in audio/_errors.py)
    │   ├── PlayerNotFoundError                   no player or audio library: says what to install
    │   ├── PlayerError                           the player failed (``returncode``, ``stderr``)
    │   ├── AudioDeviceError                      the sound device could not be used
    │   └── AudioFormatError (also ValueError)    audio in a format that cannot be played
    ├── WebhookVerificationError (also ValueError)  a webhook failed verification (``check`` names which)
    ├── JobFailedError / WaitTimeoutError         a waited-for job failed or ran out of time (_waiting.py)
    └── WebSocketError                            a text-to-speech socket failed
        ├── WebSocketClosedError                  the service closed the socket or reported an error
        │                                         (``code``, ``reason``, ``error`` such as "input_timeout_exceeded")
        ├── WebSocketProtocolError (also ValueError)   a service message broke the protocol (``raw`` holds it)
        └── WebSocketStateError (also RuntimeError)    misuse: text after the input ended, unknown context, ...

A socket's failed handshake raises the HTTP classes above (``AuthenticationError`` for a 401, ...),
``APIConnectionError`` when the service cannot be reached and ``APITimeoutError`` when the
handshake times out.

Every generated endpoint function raises these when called with an ``ElevenLabs`` or
``AsyncElevenLabs`` client, because they are raised below it, in the transport.

Every error pickles and unpickles (process pools, task queues), whatever its constructor
takes, and its ``str()`` stays short: a long message is cut (the whole body stays on the error).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._headers import request_id

if TYPE_CHECKING:
    from elevenlabs_api.models.http_validation_error import HTTPValidationError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CrossOriginRedirectError",
    "ElevenLabsError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseDecodeError",
    "StreamClosedError",
    "StreamConsumedError",
    "StreamDecodeError",
    "StreamStateError",
    "UnprocessableEntityError",
    "WebSocketClosedError",
    "WebSocketError",
    "WebSocketProtocolError",
    "WebSocketStateError",
    "make_status_error",
]

# How much of a message str() shows. A body can be megabytes; a log line or traceback should not be.
MAX_MESSAGE_CHARS: Final = 2000


def shorten(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text``, cut to ``limit`` characters with a note saying how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [cut: {limit} of {len(text)} characters shown]"


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ElevenLabsError(Exception):
    """Base of every error raised by elevenlabs_ext."""

    def __str__(self) -> str:
        return shorten(super().__str__(), 2 * MAX_MESSAGE_CHARS)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with cls(*args), which fails for keyword-only constructor
        # arguments; this restores the attributes without calling __init__.
        return _rebuild, (type(self), self.args, dict(self.__dict__))


class ConfigurationError(ElevenLabsError, ValueError):
    """The client was configured in a way that cannot work or would be unsafe."""


class InvalidRequestError(ElevenLabsError, ValueError):
    """A request was refused before it was sent: a path parameter that is ``.`` or ``..``
    would change which resource the URL names."""


class ResponseDecodeError(ElevenLabsError, ValueError):
    """A body is not what the endpoint declares (``content_type`` names what came), or its
    content encoding is corrupt or cut short. ``response`` is the response, when known."""

    def __init__(
        self, message: str, *, response: httpx.Response | None = None, content_type: str | None = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.content_type = content_type


class StreamDecodeError(ResponseDecodeError):
    """A streamed body broke its format; ``line_number`` says where (1-based)."""

    def __init__(self, message: str, *, line_number: int | None = None) -> None:
        super().__init__(message)
        self.line_number = line_number


class StreamStateError(ElevenLabsError, RuntimeError):
    """A stream was used in a way its state does not allow (read before it was opened, ...)."""


class StreamConsumedError(StreamStateError):
    """The body of a stream can be iterated once; it has been already."""


class StreamClosedError(StreamConsumedError):
    """The stream was closed (its ``with`` block ended, or ``close()`` was called) before
    its body was read to the end. Not a network failure: retrying will not help."""


class WebSocketError(ElevenLabsError):
    """A text-to-speech socket failed after its handshake."""


class WebSocketClosedError(WebSocketError):
    """The service ended the socket abnormally, by a close code or an error message.

    Attributes:
        code: the websocket close code (1008 policy violation, 1011 internal error, 1006 when
            the connection dropped without a close frame, ...), or the code an error message named.
        reason: the close reason or the error message's text, for people.
        error: the service's machine-readable error (``"input_timeout_exceeded"``, ...), when it sent one.
    """

    def __init__(self, message: str, *, code: int | None, reason: str, error: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.error = error


class WebSocketProtocolError(WebSocketError, ValueError):
    """A message from the service broke the protocol: not JSON, not a known message, or a
    known message of the wrong shape. ``raw`` holds (the start of) the message."""

    def __init__(self, message: str, *, raw: str | bytes | None = None) -> None:
        super().__init__(message)
        self.raw = raw


class WebSocketStateError(WebSocketError, RuntimeError):
    """The socket was used in a way its state does not allow: text after the input ended,
    text for a context that is closed or was never opened, sending on a closed socket, ..."""


class APIError(ElevenLabsError):
    """A request did not succeed. ``request`` is the request that failed, when known."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No complete response arrived: connection refused or reset, or a body cut short."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class CrossOriginRedirectError(APIConnectionError):
    """A socket handshake was redirected to another origin, which would receive the key: refused
    (the socket could not be opened where it was asked for)."""


class APIStatusError(APIError):
    """The API answered with an error status (or a redirect that was not followed).

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        request_id: the API's request id (``request-id`` header), for support tickets.
        body: the decoded JSON body, or the text when it is not JSON.
        code: the API's machine-readable error code (``detail.status``), when given.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any, code: str | None = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id(response.headers)
        self.body = body
        self.code = code


class RedirectError(APIStatusError):
    """The API answered with a redirect that was not followed: to another origin (the key
    would go there), a loop, too many hops, or a method change that would drop the body.
    ``location`` is where it pointed."""

    @property
    def location(self) -> str | None:
        value: str | None = self.headers.get("location")
        return value


class BadRequestError(APIStatusError):
    """400: the request was refused as malformed or impossible."""


class AuthenticationError(APIStatusError):
    """401: missing or invalid API key, or the account's quota is used up."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (voice, history item, ...)."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that does not allow this."""


class UnprocessableEntityError(APIStatusError):
    """422: the request failed validation; ``validation`` lists each problem."""

    @property
    def validation(self) -> HTTPValidationError | None:
        """The body parsed as the generated ``HTTPValidationError``, when it has that shape."""
        if not isinstance(self.body, dict) or not isinstance(self.body.get("detail"), list):
            return None
        from elevenlabs_api.models.http_validation_error import HTTPValidationError

        try:
            return HTTPValidationError.from_dict(self.body)
        except (KeyError, TypeError, ValueError):
            return None


class RateLimitError(APIStatusError):
    """429: too many requests or too many concurrent requests.

    ``retry_after`` is the wait in seconds that the API asked for, when it said.
    """

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """A status of 500 or above."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _decode_body(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to read: keep the text
        return response.text


def _describe(body: Any) -> tuple[str | None, str | None]:
    """Return (code, human message) from the API's error body shapes."""
    if isinstance(body, dict):
        detail = body.get("detail", body)
        if isinstance(detail, str):
            return None, detail
        if isinstance(detail, dict):
            code = detail.get("status") or detail.get("code")
            message = detail.get("message") or detail.get("msg")
            return (str(code) if code else None), (str(message) if message else None)
        if isinstance(detail, list):
            parts = []
            for item in detail:
                if isinstance(item, dict):
                    loc = ".".join(str(p) for p in item.get("loc") or [])
                    msg = item.get("msg", "invalid")
                    parts.append(f"{loc}: {msg}" if loc else str(msg))
            return None, "; ".join(parts) or None
    if isinstance(body, str) and body.strip():
        return None, body.strip()[:500]
    return None, None


def _status_error_class(status: int) -> type[APIStatusError]:
    if 300 <= status < 400:
        return RedirectError
    return _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, note: str | None = None
) -> APIStatusError:
    """Build the typed error for an error (or unfollowed redirect) response whose body has
    been read. ``note`` says why, when the status alone does not."""
    status = response.status_code
    body = _decode_body(response)
    code, detail = _describe(body)
    cls = _status_error_class(status)
    reason = response.reason_phrase or "Error"
    message = f"{status} {reason}"
    if code:
        message += f" [{code}]"
    if note:
        message += f": {note}"
    if detail:
        message += f": {shorten(detail)}"
    found = request_id(response.headers)
    if found:
        message += f" (request id {found})"
    error = cls(message, response=response, body=body, code=code)
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error
