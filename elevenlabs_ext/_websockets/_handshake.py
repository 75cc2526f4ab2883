"""Opening a socket, for every channel: its URL, the key, the handshake, and what a failed
handshake or a close means in our error tree.

The key never leaves a ``MaskedKey`` until websockets writes the request: a socket holds only a
closure that builds the headers, and the headers hold the key in a ``str`` whose repr is
masked, so neither ``vars()`` of a socket nor the locals of a failed handshake show it. A
redirect of the handshake to another origin is refused (websockets itself would follow it
and strip only ``Authorization`` and ``Cookie``, not ``xi-api-key``), and the websockets
loggers get a filter that masks the key in their debug lines.
"""

from __future__ import annotations

import enum
import logging
import urllib.parse
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from .._auth import ApiKey, MaskedKey, is_loopback
from .._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    CrossOriginRedirectError,
    ElevenLabsError,
    WebSocketError,
    make_status_error,
)
from .._logging import SecretRedactingFilter
from .._retry import parse_retry_after
from ._schema import SchemaError, load_schemas

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncClientConnection
    from websockets.sync.client import ClientConnection

__all__ = [
    "ABNORMAL_CLOSURE",
    "DEFAULT_CLOSE_TIMEOUT",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_OPEN_TIMEOUT",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_PING_TIMEOUT",
    "MESSAGE_TOO_BIG",
    "PROTOCOL_ERROR",
    "CrossOriginRedirectError",
    "Handshake",
    "MaskedKey",
    "aconnect",
    "build_query",
    "close_details",
    "closed_by_peer",
    "concurrent_readers",
    "connect",
    "connect_error",
    "install_log_redaction",
    "socket_url",
]

DEFAULT_OPEN_TIMEOUT: Final = 10.0
# Keep-alive: a ping every 20 s; no pong within 20 s means the connection is dead.
DEFAULT_PING_INTERVAL: Final = 20.0
DEFAULT_PING_TIMEOUT: Final = 20.0
DEFAULT_CLOSE_TIMEOUT: Final = 5.0
# Audio frames of high-rate PCM can exceed websockets' 1 MiB default.
DEFAULT_MAX_SIZE: Final = 16 * 1024 * 1024
PROTOCOL_ERROR: Final = 1002  # what we close with after a malformed message
ABNORMAL_CLOSURE: Final = 1006
MESSAGE_TOO_BIG: Final = 1009
_WEBSOCKETS_LOGGERS: Final = ("websockets.client", "websockets.server", "websockets")


def install_log_redaction() -> None:
    """Mask the key in websockets' debug lines (``> xi-api-key: ...``). Idempotent."""
    for name in _WEBSOCKETS_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, SecretRedactingFilter) for existing in logger.filters):
            logger.addFilter(SecretRedactingFilter())


# --------------------------------------------------------------------------- URLs


def build_query(schema: str, values: Mapping[str, object]) -> dict[str, str]:
    """A channel's handshake query from its schema in sockets.yaml, in the schema's order;
    None leaves one out."""
    schemas = load_schemas()
    order = {name: index for index, name in enumerate(schemas.schema(schema).get("properties") or {})}
    given: dict[str, object] = {}
    for name in sorted(values, key=lambda name: order.get(name, len(order))):
        value = values[name]
        if value is not None:
            given[name] = value.value if isinstance(value, enum.Enum) else value
    try:
        schemas.check(schema, given)
    except SchemaError as error:
        raise ValueError(f"invalid socket option {error}") from None
    return {
        name: ("true" if value else "false") if isinstance(value, bool) else str(value) for name, value in given.items()
    }


def socket_url(base_url: str, address: str, path: Mapping[str, str], query: Mapping[str, str]) -> str:
    """The socket's URL: the client's origin with https→wss (http→ws on loopback only), and
    the channel's address with its path parameters. The key is never part of it."""
    for name, value in path.items():
        if not isinstance(value, str) or not value:
            raise ValueError(f"{name} must be a non-empty str, got {value!r}")
        address = address.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
    parts = urllib.parse.urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme in ("https", "wss"):
        scheme = "wss"
    elif parts.scheme in ("http", "ws"):
        if not is_loopback(host):
            raise ConfigurationError(
                f"Refusing a plain-text socket to {host!r}: the key would travel unencrypted. "
                "Use https, or a loopback address for local servers."
            )
        scheme = "ws"
    else:
        raise ConfigurationError(f"Unsupported URL scheme {parts.scheme!r} for a socket: expected https or http.")
    if "xi-api-key" in parts.query.lower() or "xi_api_key" in parts.query.lower():
        raise ConfigurationError("The base URL carries a key in its query; pass it as api_key= instead.")
    path_part = parts.path.rstrip("/") + address
    return urllib.parse.urlunsplit((scheme, parts.netloc, path_part, urllib.parse.urlencode(query), ""))


def _header_builder(api_key: ApiKey | None, defaults: Mapping[str, str]) -> Callable[[], dict[str, str]]:
    """None: no key at all (a socket opened with a token or a signed URL in its query)."""
    kept = {name: value for name, value in defaults.items() if name.lower() != "xi-api-key"}

    def headers() -> dict[str, str]:
        if api_key is None:
            return dict(kept)
        return {**kept, "xi-api-key": MaskedKey(api_key.reveal())}

    return headers


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    default = 443 if parts.scheme in ("wss", "https") else 80
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


# ---------------------------------------------------------------------- handshake


@attrs.frozen
class Handshake:
    """Where and how a socket connects; ``headers`` is called at each connection attempt."""

    url: str
    headers: Callable[[], dict[str, str]] = attrs.field(repr=False)
    open_timeout: float | None = DEFAULT_OPEN_TIMEOUT
    ping_interval: float | None = DEFAULT_PING_INTERVAL
    ping_timeout: float | None = DEFAULT_PING_TIMEOUT
    close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    max_size: int | None = DEFAULT_MAX_SIZE

    @classmethod
    def build(
        cls,
        *,
        base_url: str,
        api_key: ApiKey | None,
        default_headers: Mapping[str, str],
        address: str,
        path: Mapping[str, str],
        query_schema: str,
        query: Mapping[str, object],
        open_timeout: float | None,
        ping_interval: float | None,
        ping_timeout: float | None,
        close_timeout: float | None,
        max_size: int | None,
    ) -> Handshake:
        url = socket_url(base_url, address, path, build_query(query_schema, query))
        return cls(
            url,
            _header_builder(api_key, default_headers),
            open_timeout,
            ping_interval,
            ping_timeout,
            close_timeout,
            max_size,
        )

    def options(self) -> dict[str, Any]:
        host = urllib.parse.urlsplit(self.url).hostname or ""
        return {
            "additional_headers": self.headers(),
            "user_agent_header": None,  # the client's user-agent is among the headers
            "open_timeout": self.open_timeout,
            "ping_interval": self.ping_interval,
            "ping_timeout": self.ping_timeout,
            "close_timeout": self.close_timeout,
            "max_size": self.max_size,
            # A proxy from the environment must not see loopback traffic (local emulators, tests).
            "proxy": None if is_loopback(host) else True,
        }

    def refuse_cross_origin(self, new_url: str) -> CrossOriginRedirectError | None:
        if _origin(new_url) == _origin(self.url):
            return None
        return CrossOriginRedirectError(
            f"Refused the socket handshake's redirect from {self.url} to another origin ({new_url}): "
            "the key is sent only to the API's origin."
        )


def connect(handshake: Handshake) -> ClientConnection:
    """A connected sync websockets connection, or our error."""
    install_log_redaction()
    try:
        return _sync_connector(handshake)
    except Exception as error:
        raise connect_error(error, handshake.url) from None


async def aconnect(handshake: Handshake) -> AsyncClientConnection:
    """A connected asyncio websockets connection, or our error."""
    from websockets.asyncio.client import connect as asyncio_connect

    install_log_redaction()

    class Connect(asyncio_connect):
        def process_redirect(self, exc: Exception) -> Exception | str:
            found = super().process_redirect(exc)
            if isinstance(found, str):
                return handshake.refuse_cross_origin(found) or found
            return found

    try:
        return await Connect(handshake.url, **handshake.options())
    except Exception as error:
        raise connect_error(error, handshake.url) from None


def _sync_connector(handshake: Handshake) -> ClientConnection:
    from websockets.sync import client

    reconnect = getattr(client, "reconnect", None)
    if reconnect is None or not hasattr(reconnect, "process_redirect"):
        # Releases without redirect support fail on a 3xx, which connect_error reports.
        legacy: ClientConnection = client.connect(handshake.url, **handshake.options()).__enter__()
        return legacy

    class Connect(reconnect):  # type: ignore[misc, valid-type]
        def process_redirect(self, exc: Exception) -> Exception | str:
            found: Exception | str = super().process_redirect(exc)
            if isinstance(found, str):
                return handshake.refuse_cross_origin(found) or found
            return found

    connection: ClientConnection = Connect(handshake.url, **handshake.options()).connect()
    connection.pending_legacy_warning = False  # closed by our close(), not a with block
    return connection


# ------------------------------------------------------------------------ errors


def connect_error(error: BaseException, url: str) -> ElevenLabsError:
    """Our exception for a failed handshake: the HTTP status classes for a refused upgrade
    (401 → ``AuthenticationError``, ...), connection and timeout errors otherwise."""
    from websockets.exceptions import InvalidStatus, InvalidURI, SecurityError, WebSocketException

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
    if isinstance(error, SecurityError):
        return APIConnectionError(f"Socket connection to {url} refused: {error}")
    if isinstance(error, OSError | WebSocketException | EOFError):
        return APIConnectionError(f"Socket connection to {url} failed: {error}")
    return WebSocketError(f"Socket connection to {url} failed: {error!r}")


def closed_by_peer() -> type[Exception]:
    """websockets' ``ConnectionClosed`` (imported on first use; an ``except`` clause evaluates
    it only when something was raised, so the hot path never pays for the import)."""
    from websockets.exceptions import ConnectionClosed

    return ConnectionClosed


def concurrent_readers() -> type[Exception]:
    """websockets' ``ConcurrencyError``: two readers of one connection at once."""
    from websockets.exceptions import ConcurrencyError

    return ConcurrencyError


def close_details(error: BaseException) -> tuple[int | None, str, bool]:
    """(code, reason, by_us) of a websockets ``ConnectionClosed``: the service's close frame;
    or the code websockets closed with first, for a broken limit (1009 for a frame over
    ``max_size``, 1011 for an unanswered ping), ``by_us`` then True; or 1006 when the
    connection dropped without a close frame."""
    sent = getattr(error, "sent", None)
    received = getattr(error, "rcvd", None)
    if sent is not None and (received is None or getattr(error, "rcvd_then_sent", None) is False):
        if int(sent.code) == MESSAGE_TOO_BIG:
            return MESSAGE_TOO_BIG, f"message too big: a frame from the service exceeded max_size ({sent.reason})", True
        return int(sent.code), str(sent.reason), True
    if received is None:
        return ABNORMAL_CLOSURE, "the connection dropped without a close frame", False
    return int(received.code), str(received.reason), False
