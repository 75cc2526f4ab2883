"""What the sync and async socket shells share that is not I/O: the constructors, the state of
a socket's lifetime, and the bookkeeping of received chunks. The wire format is in
``_tts.py``/``_codec.py``, the handshake in ``_handshake.py``.

A new socket kind (realtime speech to text, agent conversations) is:

1. a sans-I/O protocol class, like ``_tts.py``: it builds each message to send from its
   generated ``Ws*`` model (``_codec.encode``), reads each received frame into a typed event
   (``_codec.parse``), and implements ``ClientProtocol`` for the close bookkeeping;
2. a base here: ``SocketBase.__init__(client, Handshake.build(address=..., path=...,
   query_schema=...))`` with the channel's entry in ``elevenlabs_api.sockets.CHANNELS``, plus
   the steps of its shells that are not I/O;
3. two thin shells, one in ``_sync.py`` and one in ``_async.py`` (or a module pair of their
   own), registered in ``scripts/check_parity.py``. The lifetime (``_Lifetime``), the
   handshake, auth, redirects, log redaction and close-code mapping come for free.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Protocol, TypedDict, TypeVar, Unpack

from .._errors import ConfigurationError, WebSocketError, WebSocketStateError
from ._chunk import AudioChunk
from ._handshake import (
    DEFAULT_CLOSE_TIMEOUT,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    DEFAULT_PING_INTERVAL,
    DEFAULT_PING_TIMEOUT,
    Handshake,
    close_details,
)
from ._routing import ChunkQueue

if TYPE_CHECKING:
    from elevenlabs_api.models import WsOutputFormat, WsTextNormalization

    from .._client import _BaseElevenLabs
    from ._tts import GenerationConfigArg, LocatorsArg, MultiStreamInputProtocol, StreamInputProtocol, VoiceSettingsArg

__all__ = [
    "EVERYONE",
    "ClientProtocol",
    "MultiContextSocketBase",
    "SocketBase",
    "StreamInputOptions",
    "TextToSpeechSocketBase",
    "TextToSpeechSocketOptions",
]

_ClientT = TypeVar("_ClientT", bound="_BaseElevenLabs[Any]")


class ClientProtocol(Protocol):
    """What a shell needs of any channel's sans-I/O protocol to handle closes."""

    def closed_while_sending(self, code: int | None, reason: str, by_us: bool = False) -> WebSocketError:
        """The error for a send that found the connection closed (changes no state)."""
        ...

    def connection_closed(self, code: int | None, reason: str, by_us: bool = False) -> None:
        """The connection closed: return if that is a proper end, raise otherwise."""
        ...


# Where a frame that ended the socket is routed: every waiting reader must look.
EVERYONE: Final[Any] = object()


class TextToSpeechSocketOptions(TypedDict, total=False):
    """The handshake query (sockets.yaml's ``WsTextToSpeechQuery``; None leaves one to the
    service) and the connection settings, shared by both text-to-speech sockets.

    open_timeout: seconds for the handshake (10). ping_interval/ping_timeout: keep-alive pings
    (20/20). close_timeout: seconds to wait for the service's close (5). max_size: largest frame
    accepted, in bytes (16 MiB); a larger one fails the socket with close code 1009.
    """

    model_id: str | None
    output_format: WsOutputFormat | str | None
    language_code: str | None
    seed: int | None
    apply_text_normalization: WsTextNormalization | str | None
    sync_alignment: bool | None
    auto_mode: bool | None
    inactivity_timeout: int | None
    enable_logging: bool | None
    enable_ssml_parsing: bool | None
    open_timeout: float | None
    ping_interval: float | None
    ping_timeout: float | None
    close_timeout: float | None
    max_size: int | None


class StreamInputOptions(TextToSpeechSocketOptions, total=False):
    """``TextToSpeechSocketOptions`` plus what the first message of ``stream-input`` carries."""

    voice_settings: VoiceSettingsArg
    generation_config: GenerationConfigArg
    pronunciation_dictionary_locators: LocatorsArg


_CONNECTION_DEFAULTS: Final[Mapping[str, float | int | None]] = {
    "open_timeout": DEFAULT_OPEN_TIMEOUT,
    "ping_interval": DEFAULT_PING_INTERVAL,
    "ping_timeout": DEFAULT_PING_TIMEOUT,
    "close_timeout": DEFAULT_CLOSE_TIMEOUT,
    "max_size": DEFAULT_MAX_SIZE,
}
_QUERY_KEYS: Final = frozenset(TextToSpeechSocketOptions.__annotations__) - set(_CONNECTION_DEFAULTS)


class SocketBase(Generic[_ClientT]):
    """The lifetime state of one socket, shared by every shell.

    Everything that can be wrong with the arguments (the wrong kind of client, unknown output
    format, a voice setting with a typo, a plain-text URL to a remote host) fails here, before
    any connection.
    """

    # The client class a shell takes, and where to look for the other kind.
    _client_type: ClassVar[type[_BaseElevenLabs[Any]]]
    _twin_hint: ClassVar[str]

    _connection: Any

    def __init__(self, client: _ClientT, handshake: Handshake) -> None:
        self._client: _ClientT = client
        self._handshake = handshake
        self._close_timeout = handshake.close_timeout
        self._connection = None
        self._closed = False
        self._closing_by_us = False

    @classmethod
    def _check_client(cls, client: object) -> None:
        expected = cls._client_type
        if not isinstance(client, expected):
            raise ConfigurationError(
                f"client must be an {expected.__name__} client, got {type(client).__name__} ({cls._twin_hint})"
            )

    @classmethod
    def _text_to_speech_handshake(
        cls, client: _BaseElevenLabs[Any], channel: str, voice_id: str, options: Mapping[str, Any]
    ) -> Handshake:
        from elevenlabs_api.sockets import CHANNELS

        cls._check_client(client)
        unknown = set(options) - _QUERY_KEYS - set(_CONNECTION_DEFAULTS)
        if unknown:
            raise TypeError(f"{cls.__name__}() got unexpected keyword arguments {sorted(unknown)}")
        spec = CHANNELS[channel]
        connection = {name: options.get(name, default) for name, default in _CONNECTION_DEFAULTS.items()}
        return Handshake.build(
            base_url=client.base_url,
            api_key=client._api_key,
            default_headers=client._default_headers,
            address=str(spec["address"]),
            path={"voice_id": voice_id},
            query_schema=str(spec["query"]),
            query={name: options[name] for name in sorted(_QUERY_KEYS) if name in options},
            **connection,
        )

    @property
    def url(self) -> str:
        """The socket's URL (it never holds the key, which travels in the ``xi-api-key`` header)."""
        return self._handshake.url

    @property
    def closed(self) -> bool:
        """True once ``close()``/``aclose()`` ran or the connection ended."""
        return self._closed

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

    def _require_not_closed(self) -> None:
        if self._closed:
            raise WebSocketStateError("the socket is closed; open a new one")

    def _send_error(self, error: BaseException) -> WebSocketError:
        """The error for a send that found the connection closed. Only a reader records the
        close: audio sent before it may still be unread."""
        if self._closing_by_us:
            return WebSocketStateError("the socket is closed")
        return self._protocol.closed_while_sending(*close_details(error))

    _protocol: ClientProtocol

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("open" if self._connection is not None else "not connected")
        return f"<{type(self).__name__} {self.url} {state}>"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds an API key and a connection; it cannot be pickled.")


class TextToSpeechSocketBase(SocketBase[_ClientT]):
    """The constructor of ``TextToSpeechSocket`` and ``AsyncTextToSpeechSocket`` (documented
    there) and the steps of theirs that are not I/O."""

    _protocol: StreamInputProtocol

    def __init__(
        self,
        client: _ClientT,
        voice_id: str,
        *,
        voice_settings: VoiceSettingsArg = None,
        generation_config: GenerationConfigArg = None,
        pronunciation_dictionary_locators: LocatorsArg = None,
        **options: Unpack[TextToSpeechSocketOptions],
    ) -> None:
        from ._tts import STREAM_INPUT, StreamInputProtocol

        super().__init__(client, self._text_to_speech_handshake(client, STREAM_INPUT, voice_id, options))
        self._protocol = StreamInputProtocol()
        # Built (and checked) now, so bad settings fail before any connection is made.
        self._first_message = self._protocol.initialize(
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )
        self._input_error: BaseException | None = None

    def _before_receive(self) -> bool:
        """Raise what ended the stream; False when there is nothing more to read."""
        if self._input_error is not None:
            raise self._input_error
        if self._protocol.failure is not None:
            raise self._protocol.failure
        return not (self._closing_by_us or self._protocol.finished)

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
    there) and the steps of theirs that are not I/O: routing each received chunk to its
    context's queue, and the failure every reader sees once the socket has failed."""

    _protocol: MultiStreamInputProtocol

    def __init__(self, client: _ClientT, voice_id: str, **options: Unpack[TextToSpeechSocketOptions]) -> None:
        from ._tts import MULTI_STREAM_INPUT, MultiStreamInputProtocol

        super().__init__(client, self._text_to_speech_handshake(client, MULTI_STREAM_INPUT, voice_id, options))
        self._protocol = MultiStreamInputProtocol()
        self._queue = ChunkQueue()
        self._failure: BaseException | None = None
        self._reading = False
        self._context_counter = 0

    def _next_context_id(self, context_id: str | None) -> str:
        if context_id is None:
            self._context_counter += 1
            return f"ctx-{self._context_counter}"
        return context_id

    def _check_context(self, context_id: str) -> None:
        if self._protocol.context_state(context_id) is None:
            raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")

    def _hand_over(self) -> None:
        """A reader leaves: when nobody reads the wire, one waiting reader must take over."""
        if not self._reading:
            self._state.hand_over()

    _state: Any  # the shell's ``_Waiters``

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
        return self._protocol.context_finished(context_id)

    def _route_frame(self, frame: str | bytes) -> Any:
        """Queue the frame's chunk; return its context id, or ``EVERYONE`` once the socket failed."""
        try:
            chunk = self._protocol.receive(frame)
        except WebSocketError as error:
            self._failure = self._failure or error
            return EVERYONE
        self._queue.push(chunk)
        return chunk.context_id

    def _route_close(self, error: BaseException) -> Any:
        if not self._closing_by_us:
            self._closed = True
            self._unregister()
            try:
                self._protocol.connection_closed(*close_details(error))
            except WebSocketError as failure:
                self._failure = self._failure or failure
        return EVERYONE
