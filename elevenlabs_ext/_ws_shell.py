"""What the sync and async socket shells share that is not I/O: settings, the handshake,
the constructors, and turning websockets' exceptions into ours. The message logic is in
``_ws_protocol.py``.
"""

from __future__ import annotations

import urllib.parse
import weakref
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

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
from ._ws_protocol import (
    ABNORMAL_CLOSURE,
    MULTI_STREAM_INPUT,
    STREAM_INPUT,
    AudioChunk,
    ChunkQueue,
    MultiStreamInputProtocol,
    StreamInputProtocol,
    build_query,
    handshake_headers,
    socket_url,
)

if TYPE_CHECKING:
    from elevenlabs_api.models import (
        WsGenerationConfig,
        WsOutputFormat,
        WsPronunciationDictionaryLocator,
        WsTextNormalization,
        WsVoiceSettings,
    )

    from ._client import _BaseElevenLabs

__all__ = [
    "DEFAULT_CLOSE_TIMEOUT",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_OPEN_TIMEOUT",
    "DEFAULT_PING_INTERVAL",
    "DEFAULT_PING_TIMEOUT",
    "MultiContextSocketBase",
    "SocketBase",
    "TextToSpeechSocketBase",
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

_ClientT = TypeVar("_ClientT", bound="_BaseElevenLabs[Any]")


class SocketBase(Generic[_ClientT]):
    """Settings and the handshake of one socket, shared by the four shells.

    Everything that can be wrong with the arguments (the wrong kind of client, unknown output
    format, a voice setting with a typo, a plain-text URL to a remote host) fails here, before
    any connection.
    """

    # The client class a shell takes, and where to look for the other kind.
    _client_type: ClassVar[type[_BaseElevenLabs[Any]]]
    _twin_hint: ClassVar[str]

    _connection: Any

    def __init__(
        self,
        client: _ClientT,
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
        expected = self._client_type
        if not isinstance(client, expected):
            raise ConfigurationError(
                f"client must be an {expected.__name__} client, got {type(client).__name__} ({self._twin_hint})"
            )
        self._client: _ClientT = client
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


class TextToSpeechSocketBase(SocketBase[_ClientT]):
    """The constructor of ``TextToSpeechSocket`` and ``AsyncTextToSpeechSocket`` (documented
    there) and the steps of theirs that are not I/O."""

    def __init__(
        self,
        client: _ClientT,
        voice_id: str,
        *,
        model_id: str | None = None,
        output_format: WsOutputFormat | str | None = None,
        voice_settings: WsVoiceSettings | Mapping[str, Any] | None = None,
        generation_config: WsGenerationConfig | Mapping[str, Any] | None = None,
        pronunciation_dictionary_locators: Iterable[WsPronunciationDictionaryLocator | Mapping[str, Any]] | None = None,
        language_code: str | None = None,
        seed: int | None = None,
        apply_text_normalization: WsTextNormalization | str | None = None,
        sync_alignment: bool | None = None,
        auto_mode: bool | None = None,
        inactivity_timeout: int | None = None,
        enable_logging: bool | None = None,
        enable_ssml_parsing: bool | None = None,
        open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
        ping_interval: float | None = DEFAULT_PING_INTERVAL,
        ping_timeout: float | None = DEFAULT_PING_TIMEOUT,
        close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT,
        max_size: int | None = DEFAULT_MAX_SIZE,
    ) -> None:
        super().__init__(
            client,
            STREAM_INPUT,
            voice_id,
            {
                "model_id": model_id,
                "output_format": output_format,
                "language_code": language_code,
                "seed": seed,
                "apply_text_normalization": apply_text_normalization,
                "sync_alignment": sync_alignment,
                "auto_mode": auto_mode,
                "inactivity_timeout": inactivity_timeout,
                "enable_logging": enable_logging,
                "enable_ssml_parsing": enable_ssml_parsing,
            },
            open_timeout=open_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            close_timeout=close_timeout,
            max_size=max_size,
        )
        self._protocol = StreamInputProtocol()
        # Built (and checked) now, so bad settings fail before any connection is made.
        self._first_message = self._protocol.initialize(
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )
        self._input_error: BaseException | None = None
        self._init_waiting()

    def _init_waiting(self) -> None:
        """Set up what the shell waits with (a lock for threads, a flag for tasks)."""
        raise NotImplementedError

    def _on_closed(self, error: BaseException) -> AudioChunk | None:
        if self._input_error is not None:
            raise self._input_error
        if self._closing_by_us:
            return None
        self._closed = True
        self._unregister()
        self._protocol.connection_closed(*close_details(error))
        return None


class MultiContextSocketBase(SocketBase[_ClientT]):
    """The constructor of ``MultiContextSocket`` and ``AsyncMultiContextSocket`` (documented
    there) and the steps of theirs that are not I/O."""

    def __init__(
        self,
        client: _ClientT,
        voice_id: str,
        *,
        model_id: str | None = None,
        output_format: WsOutputFormat | str | None = None,
        language_code: str | None = None,
        seed: int | None = None,
        apply_text_normalization: WsTextNormalization | str | None = None,
        sync_alignment: bool | None = None,
        auto_mode: bool | None = None,
        inactivity_timeout: int | None = None,
        enable_logging: bool | None = None,
        enable_ssml_parsing: bool | None = None,
        open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
        ping_interval: float | None = DEFAULT_PING_INTERVAL,
        ping_timeout: float | None = DEFAULT_PING_TIMEOUT,
        close_timeout: float | None = DEFAULT_CLOSE_TIMEOUT,
        max_size: int | None = DEFAULT_MAX_SIZE,
    ) -> None:
        super().__init__(
            client,
            MULTI_STREAM_INPUT,
            voice_id,
            {
                "model_id": model_id,
                "output_format": output_format,
                "language_code": language_code,
                "seed": seed,
                "apply_text_normalization": apply_text_normalization,
                "sync_alignment": sync_alignment,
                "auto_mode": auto_mode,
                "inactivity_timeout": inactivity_timeout,
                "enable_logging": enable_logging,
                "enable_ssml_parsing": enable_ssml_parsing,
            },
            open_timeout=open_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            close_timeout=close_timeout,
            max_size=max_size,
        )
        self._protocol = MultiStreamInputProtocol()
        self._queue = ChunkQueue()
        self._failure: BaseException | None = None
        self._init_waiting()
        self._reading = False
        self._context_counter = 0

    def _init_waiting(self) -> None:
        """Set up what the shell waits with (a condition for threads, futures for tasks)."""
        raise NotImplementedError

    def _ready(self, context_id: str | None) -> AudioChunk | None:
        chunk = self._queue.pop(context_id)
        if chunk is None and self._failure is not None:
            raise self._failure
        return chunk

    def _done(self, context_id: str | None) -> bool:
        if self._closing_by_us:
            return True
        if context_id is None:
            return self._protocol.finished
        if self._protocol.context_state(context_id) is None:
            raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")
        return self._protocol.context_finished(context_id)

    def _closed_by_service(self, error: BaseException) -> None:
        self._closed = True
        self._unregister()
        self._protocol.connection_closed(*close_details(error))


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
