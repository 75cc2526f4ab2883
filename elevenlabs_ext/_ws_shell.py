"""What the sync and async socket shells share that is not I/O: settings, the handshake,
and turning websockets' exceptions into ours. The message logic is in ``_ws_protocol.py``.
"""

from __future__ import annotations

import urllib.parse
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._auth import is_loopback
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ElevenLabsError,
    WebSocketError,
    WebSocketStateError,
    make_status_error,
)
from ._retry import parse_retry_after
from ._ws_protocol import ABNORMAL_CLOSURE, build_query, handshake_headers, socket_url

if TYPE_CHECKING:
    from ._client import _BaseElevenLabs

__all__ = [
    "DEFAULT_CLOSE_TIMEOUT",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_OPEN_TIMEOUT",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_PING_TIMEOUT",
    "SocketBase",
    "close_details",
    "connect_error",
]

DEFAULT_OPEN_TIMEOUT: Final = 10.0
# Keep-alive: a ping every 20 s; no pong within 20 s means the connection is dead.
DEFAULT_PING_INTERVAL: Final = 20.0
DEFAULT_PING_TIMEOUT: Final = 20.0
DEFAULT_CLOSE_TIMEOUT: Final = 5.0
# Audio frames of high-rate PCM can exceed websockets' 1 MiB default.
DEFAULT_MAX_SIZE: Final = 16 * 1024 * 1024
PROTOCOL_ERROR: Final = 1002  # what we close with after a malformed message


class SocketBase:
    """Settings and the handshake of one socket, shared by the four shells.

    Everything that can be wrong with the arguments (unknown output format, a voice setting
    with a typo, a plain-text URL to a remote host) fails here, before any connection.
    """

    _connection: Any

    def __init__(
        self,
        client: _BaseElevenLabs[Any],
        channel: str,
        voice_id: str,
        query: Mapping[str, Any],
        *,
        open_timeout: float | None,
        ping_interval: float | None,
        ping_timeout: float | None,
        close_timeout: float | None,
        max_size: int | None,
    ) -> None:
        self._client = client
        self._url = socket_url(client.base_url, channel, voice_id, build_query(**query))
        self._headers = handshake_headers(client._api_key, client._default_headers)
        self._open_timeout = open_timeout
        self._ping_interval = ping_interval
        self._ping_timeout = ping_timeout
        self._close_timeout = close_timeout
        self._max_size = max_size
        self._connection = None
        self._closed = False
        self._closing_by_us = False

    @property
    def url(self) -> str:
        """The socket's URL (it never holds the key, which travels in the ``xi-api-key`` header)."""
        return self._url

    @property
    def closed(self) -> bool:
        """True once ``close()``/``aclose()`` ran or the connection ended."""
        return self._closed

    def _connect_kwargs(self) -> dict[str, Any]:
        host = urllib.parse.urlsplit(self._url).hostname or ""
        return {
            "additional_headers": self._headers,
            "user_agent_header": None,  # the client's user-agent is among the headers
            "open_timeout": self._open_timeout,
            "ping_interval": self._ping_interval,
            "ping_timeout": self._ping_timeout,
            "close_timeout": self._close_timeout,
            "max_size": self._max_size,
            # A proxy from the environment must not see loopback traffic (local emulators, tests).
            "proxy": None if is_loopback(host) else True,
        }

    def _register(self) -> None:
        sockets: weakref.WeakSet[Any] = self._client._sockets
        sockets.add(self)

    def _unregister(self) -> None:
        self._client._sockets.discard(self)

    def _require_open(self) -> Any:
        if self._connection is None:
            if self._closed:
                raise WebSocketStateError("the socket is closed; open a new one")
            raise WebSocketStateError("the socket is not open: use it as a context manager or call open()")
        return self._connection

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("open" if self._connection is not None else "not connected")
        return f"<{type(self).__name__} {self._url} {state}>"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds an API key and a connection; it cannot be pickled.")


def connect_error(error: BaseException, url: str) -> ElevenLabsError:
    """Our exception for a failed handshake: the HTTP status classes for a refused upgrade
    (401 → ``AuthenticationError``, ...), connection and timeout errors otherwise."""
    from websockets.exceptions import InvalidStatus, InvalidURI, WebSocketException

    if isinstance(error, ElevenLabsError):
        return error
    if isinstance(error, InvalidStatus):
        response = error.response
        request = httpx.Request("GET", url.replace("wss://", "https://", 1).replace("ws://", "http://", 1))
        headers = [(name, value) for name, value in response.headers.raw_items()]
        refused = httpx.Response(
            response.status_code, headers=headers, content=bytes(response.body or b""), request=request
        )
        # Same as the HTTP path: a 429 says how long to wait.
        return make_status_error(refused, retry_after=parse_retry_after(refused.headers))
    if isinstance(error, TimeoutError):
        return APITimeoutError(f"Socket handshake timed out: {url}")
    if isinstance(error, InvalidURI):
        return ConfigurationError(f"Invalid socket URL {url!r}: {error}")
    if isinstance(error, OSError | WebSocketException | EOFError):
        return APIConnectionError(f"Socket connection to {url} failed: {error}")
    return WebSocketError(f"Socket connection to {url} failed: {error!r}")


def close_details(error: BaseException) -> tuple[int | None, str]:
    """(code, reason) of a websockets ``ConnectionClosed``: the service's close frame, or
    1006 when the connection dropped without one."""
    received = getattr(error, "rcvd", None)
    if received is None:
        return ABNORMAL_CLOSURE, "the connection dropped without a close frame"
    return int(received.code), str(received.reason)
