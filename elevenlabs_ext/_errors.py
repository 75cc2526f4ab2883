"""The one error tree of elevenlabs_ext.

    ElevenLabsError
    ├── ConfigurationError (also ValueError)      bad client settings: no key, key over plain http, ...
    ├── APIError
    │   ├── APIStatusError                        the API answered with a status >= 400
    │   │   ├── BadRequestError                   400
    │   │   ├── AuthenticationError               401 (also quota exhaustion: ``code == "quota_exceeded"``)
    │   │   ├── PermissionDeniedError             403
    │   │   ├── NotFoundError                     404
    │   │   ├── ConflictError                     409
    │   │   ├── UnprocessableEntityError          422 (``validation`` holds the parsed detail)
    │   │   ├── RateLimitError                    429 (``retry_after`` in seconds when the API said)
    │   │   └── InternalServerError               >= 500
    │   └── APIConnectionError                    no complete answer: refused, reset, cut short
    │       └── APITimeoutError                   connect, read, write or pool timeout
    ├── StreamDecodeError (also ValueError)       a streamed body could not be decoded (line number)
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
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

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
    "ElevenLabsError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamDecodeError",
    "UnprocessableEntityError",
    "WebSocketClosedError",
    "WebSocketError",
    "WebSocketProtocolError",
    "WebSocketStateError",
    "make_status_error",
]

REQUEST_ID_HEADERS = ("request-id", "x-request-id")


class ElevenLabsError(Exception):
    """Base of every error raised by elevenlabs_ext."""


class ConfigurationError(ElevenLabsError, ValueError):
    """The client was configured in a way that cannot work or would be unsafe."""


class StreamDecodeError(ElevenLabsError, ValueError):
    """A streamed body broke its format; ``line_number`` says where (1-based)."""

    def __init__(self, message: str, *, line_number: int | None = None) -> None:
        super().__init__(message)
        self.line_number = line_number


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


class APIStatusError(APIError):
    """The API answered with an error status.

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
        self.request_id = _request_id(response.headers)
        self.body = body
        self.code = code


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


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if name in headers:
            return headers[name]
    return None


def _decode_body(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
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


def make_status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """Build the typed error for an error response whose body has been read."""
    status = response.status_code
    body = _decode_body(response)
    code, detail = _describe(body)
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    reason = response.reason_phrase or "Error"
    message = f"{status} {reason}"
    if code:
        message += f" [{code}]"
    if detail:
        message += f": {detail}"
    request_id = _request_id(response.headers)
    if request_id:
        message += f" (request id {request_id})"
    error = cls(message, response=response, body=body, code=code)
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error
