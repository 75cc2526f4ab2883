"""What the sync and async realtime shells share that is not I/O: their constructors (options,
credentials, handshake), event callbacks, and the conversation's client-tool registry.

Credentials follow one rule: the API key travels only in the ``xi-api-key`` handshake header,
to the client's origin; a socket opened with a single-use token or a signed URL carries that
in its URL and sends no key at all.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict, TypeVar, Unpack

from .._errors import ConfigurationError
from ._base import SocketBase
from ._handshake import (
    DEFAULT_CLOSE_TIMEOUT,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    DEFAULT_PING_INTERVAL,
    DEFAULT_PING_TIMEOUT,
    Handshake,
    _header_builder,
    socket_url,
)

if TYPE_CHECKING:
    from elevenlabs_api.models import (
        WsConvaiConfigOverride,
        WsSttAudioFormat,
        WsSttCommitStrategy,
        WsSttSessionStarted,
    )

    from .._client import _BaseElevenLabs
    from ._convai import ConversationProtocol
    from ._stt import RealtimeSpeechToTextProtocol, SpeechToTextEvent

__all__ = [
    "DEFAULT_REALTIME_MODEL",
    "ConnectionOptions",
    "ConversationBase",
    "RealtimeSpeechToTextOptions",
    "RealtimeTranscriberBase",
    "split_audio",
]

_ClientT = TypeVar("_ClientT", bound="_BaseElevenLabs[Any]")
E = TypeVar("E")

DEFAULT_REALTIME_MODEL: Final = "scribe_v2_realtime"
# How bytes given at once are cut: the service takes at most a few seconds per chunk.
CHUNK_SECONDS: Final = 0.25


class ConnectionOptions(TypedDict, total=False):
    """open_timeout: seconds for the handshake (10). ping_interval/ping_timeout: keep-alive
    pings (20/20). close_timeout: seconds to wait for the service's close (5). max_size:
    largest frame accepted, in bytes (16 MiB)."""

    open_timeout: float | None
    ping_interval: float | None
    ping_timeout: float | None
    close_timeout: float | None
    max_size: int | None


class RealtimeSpeechToTextOptions(ConnectionOptions, total=False):
    """The handshake query of the realtime STT socket (sockets.yaml's ``WsSttRealtimeQuery``;
    None leaves one to the service) plus the connection settings.

    model_id: the realtime model (``"scribe_v2_realtime"``). audio_format: what the chunks
    carry (``"pcm_16000"`` by default; ``pcm_8000`` ... ``pcm_48000``, ``ulaw_8000``).
    language_code: ISO 639 code, or None to detect. commit_strategy: ``"manual"`` (you call
    ``commit()``), ``"vad"`` (the service commits after silence, tuned by
    vad_silence_threshold_secs, vad_threshold, min_speech_duration_ms,
    min_silence_duration_ms) or ``"turn_prediction"``. include_timestamps: also send
    ``WsSttCommittedTranscriptWithTimestamps`` with word times.
    """

    model_id: str | None
    audio_format: WsSttAudioFormat | str | None
    language_code: str | None
    commit_strategy: WsSttCommitStrategy | str | None
    vad_silence_threshold_secs: float | None
    vad_threshold: float | None
    min_speech_duration_ms: int | None
    min_silence_duration_ms: int | None
    include_timestamps: bool | None
    include_language_detection: bool | None
    enable_logging: bool | None
    no_verbatim: bool | None


_CONNECTION_DEFAULTS: Final[Mapping[str, float | int | None]] = {
    "open_timeout": DEFAULT_OPEN_TIMEOUT,
    "ping_interval": DEFAULT_PING_INTERVAL,
    "ping_timeout": DEFAULT_PING_TIMEOUT,
    "close_timeout": DEFAULT_CLOSE_TIMEOUT,
    "max_size": DEFAULT_MAX_SIZE,
}
_STT_QUERY: Final = frozenset(RealtimeSpeechToTextOptions.__annotations__) - set(_CONNECTION_DEFAULTS)


def _connection(options: Mapping[str, Any]) -> dict[str, Any]:
    return {name: options.get(name, default) for name, default in _CONNECTION_DEFAULTS.items()}


def _check_options(owner: str, options: Mapping[str, Any], known: frozenset[str]) -> None:
    unknown = set(options) - known - set(_CONNECTION_DEFAULTS)
    if unknown:
        raise TypeError(f"{owner}() got unexpected keyword arguments {sorted(unknown)}")


def _value(option: object) -> Any:
    return getattr(option, "value", option)


def split_audio(audio: bytes, chunk_bytes: int) -> Iterator[bytes]:
    """``audio`` in chunks of ``chunk_bytes`` (bytes given at once)."""
    view = memoryview(audio)
    for at in range(0, len(audio), chunk_bytes):
        yield bytes(view[at : at + chunk_bytes])


class _Callbacks:
    """Event callbacks by event class (None: every event), called in arrival order by the reader."""

    def _init_callbacks(self) -> None:
        self._callbacks: list[tuple[type[Any] | None, Callable[[Any], object]]] = []

    def on(self, event_type: type[E] | None, callback: Callable[[E], object]) -> None:
        """Call ``callback(event)`` for each received event of ``event_type`` (a generated
        ``Ws*`` class; None for every event), in the thread or task that reads the socket."""
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        self._callbacks.append((event_type, callback))

    def _dispatch(self, event: object) -> None:
        for event_type, callback in self._callbacks:
            if event_type is None or isinstance(event, event_type):
                callback(event)


class RealtimeTranscriberBase(_Callbacks, SocketBase[_ClientT]):
    """The constructor of ``RealtimeTranscriber`` and ``AsyncRealtimeTranscriber`` (documented
    there) and the steps of theirs that are not I/O."""

    _protocol: RealtimeSpeechToTextProtocol

    def __init__(
        self,
        client: _ClientT,
        *,
        token: str | None = None,
        previous_text: str | None = None,
        **options: Unpack[RealtimeSpeechToTextOptions],
    ) -> None:
        from elevenlabs_api.sockets import CHANNELS

        from ._stt import AUDIO_FORMAT_RATES, REALTIME_STT, RealtimeSpeechToTextProtocol

        self._check_client(client)
        _check_options(type(self).__name__, options, _STT_QUERY)
        if token is not None and (not isinstance(token, str) or not token):
            raise ValueError("token must be a non-empty str")
        query: dict[str, Any] = {name: options[name] for name in sorted(_STT_QUERY) if name in options}  # type: ignore[literal-required]
        query.setdefault("model_id", DEFAULT_REALTIME_MODEL)
        if query["model_id"] is None:
            query["model_id"] = DEFAULT_REALTIME_MODEL
        query["token"] = token
        spec = CHANNELS[REALTIME_STT]
        handshake = Handshake.build(
            base_url=client.base_url,
            api_key=None if token is not None else client._api_key,  # a token replaces the key
            default_headers=client._default_headers,
            address=str(spec["address"]),
            path={},
            query_schema=str(spec["query"]),
            query=query,
            **_connection(options),
        )
        super().__init__(client, handshake)
        audio_format = str(_value(options.get("audio_format") or "pcm_16000"))
        self._protocol = RealtimeSpeechToTextProtocol(
            audio_format, include_timestamps=bool(options.get("include_timestamps"))
        )
        self._chunk_bytes = max(int(AUDIO_FORMAT_RATES[audio_format] * CHUNK_SECONDS), 1) * (
            1 if audio_format.startswith("ulaw") else 2
        )
        self._previous_text = previous_text
        self._input_error: BaseException | None = None
        self._input_done = False
        self._manual = str(_value(options.get("commit_strategy") or "manual")) == "manual"
        self._init_callbacks()

    @property
    def session(self) -> WsSttSessionStarted | None:
        """The ``WsSttSessionStarted`` event (session id, settings in force), once received."""
        return self._protocol.session

    @property
    def pending_commits(self) -> int:
        """Commits sent that have not been answered yet."""
        return self._protocol.pending_commits

    def _audio_frame(self, audio: bytes, commit: bool) -> str:
        previous, self._previous_text = self._previous_text, None
        return self._protocol.send_audio(audio, commit=commit, previous_text=previous)

    def _final_frames(self) -> list[str]:
        """What ends ``stream()``'s input: a commit of the last segment. The service's own
        (VAD) commits cannot be told from ours by their answers, so with those strategies a
        second, empty commit follows: its "no speech" answer is the last one there is."""
        frames = [self._audio_frame(b"", True)]
        if not self._manual:
            frames.append(self._audio_frame(b"", True))
        self._input_done = True  # before sending: the answers may come at once
        return frames

    def _stream_over(self) -> bool:
        """True once every commit of ``stream()`` is answered (manual strategy)."""
        return self._manual and self._input_done and self._protocol.pending_commits == 0

    def _ends_stream(self, error: BaseException) -> bool:
        """A segment without speech: True when it is the last answer of ``stream()``, else skipped."""
        return self._input_done and (not self._manual or self._protocol.pending_commits == 0)

    def _before_receive(self) -> bool:
        """Raise what ended the session; False when there is nothing more to read."""
        if self._input_error is not None:
            raise self._input_error
        if self._protocol.failure is not None:
            raise self._protocol.failure
        return not (self._closing_by_us or self._protocol.finished)

    def _on_closed(self, error: BaseException) -> None:
        from ._handshake import close_details

        if self._input_error is not None:
            raise self._input_error
        if self._closing_by_us:
            return
        self._closed = True
        self._unregister()
        self._protocol.connection_closed(*close_details(error))

    def _on_event(self, event: SpeechToTextEvent) -> SpeechToTextEvent:
        self._dispatch(event)
        return event


ToolFunction = Callable[[dict[str, Any]], Any]


class ConversationBase(_Callbacks, SocketBase[_ClientT]):
    """The constructor of ``Conversation`` and ``AsyncConversation`` (documented there) and
    the steps of theirs that are not I/O."""

    _protocol: ConversationProtocol

    def __init__(
        self,
        client: _ClientT,
        agent_id: str | None = None,
        *,
        signed_url: str | None = None,
        conversation_token: str | None = None,
        audio: Any = None,
        client_tools: Mapping[str, ToolFunction] | None = None,
        user_id: str | None = None,
        dynamic_variables: Mapping[str, Any] | None = None,
        config_override: WsConvaiConfigOverride | Mapping[str, Any] | None = None,
        custom_llm_extra_body: Mapping[str, Any] | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        from ._convai import ConversationProtocol

        self._check_client(client)
        _check_options(type(self).__name__, options, frozenset())
        super().__init__(
            client, self._conversation_handshake(client, agent_id, signed_url, conversation_token, options)
        )
        if audio is not None:
            from .._conversation_audio import AudioInterface

            if not isinstance(audio, AudioInterface):
                raise TypeError(f"audio must implement AudioInterface, got {type(audio).__name__}")
        self._audio = audio
        self._protocol = ConversationProtocol()
        self._first_message = self._protocol.initiate(
            user_id=user_id,
            dynamic_variables=dynamic_variables,
            config_override=config_override,
            custom_llm_extra_body=custom_llm_extra_body,
        )
        self._tools: dict[str, ToolFunction] = {}
        for name, function in (client_tools or {}).items():
            self.register_tool(name, function)
        self._init_callbacks()

    @classmethod
    def _conversation_handshake(
        cls,
        client: _BaseElevenLabs[Any],
        agent_id: str | None,
        signed_url: str | None,
        token: str | None,
        options: Mapping[str, Any],
    ) -> Handshake:
        from elevenlabs_api.sockets import CHANNELS

        from ._convai import CONVERSATION

        spec = CHANNELS[CONVERSATION]
        if signed_url is not None:
            if agent_id is not None or token is not None:
                raise ConfigurationError("pass a signed_url alone: it names the agent and carries its credential")
            return Handshake(
                _signed_socket_url(signed_url, str(spec["address"])),
                _header_builder(None, client._default_headers),
                **_connection(options),
            )
        if not isinstance(agent_id, str) or not agent_id:
            raise ValueError("agent_id must be a non-empty str (or pass signed_url=)")
        if token is not None and (not isinstance(token, str) or not token):
            raise ValueError("conversation_token must be a non-empty str")
        return Handshake.build(
            base_url=client.base_url,
            # A public agent needs no credential; a key goes only in the header, a token in the URL.
            api_key=None if token is not None else client._api_key,
            default_headers=client._default_headers,
            address=str(spec["address"]),
            path={},
            query_schema=str(spec["query"]),
            query={"agent_id": agent_id, "conversation_signature": token},
            **_connection(options),
        )

    @property
    def conversation_id(self) -> str | None:
        """The conversation's id, once the service sent its metadata."""
        return self._protocol.conversation_id

    def register_tool(self, name: str, function: ToolFunction) -> None:
        """Answer the agent's ``client_tool_call``s of ``name`` with ``function(parameters)``
        (sync or async). Its return value is sent as the result; an exception it raises is
        sent as an error result (``is_error``) and the conversation goes on."""
        if not isinstance(name, str) or not name:
            raise ValueError("a tool name must be a non-empty str")
        if not callable(function):
            raise TypeError(f"tool {name!r} must be callable, got {type(function).__name__}")
        self._tools[name] = function

    def _tool_for(self, name: str) -> ToolFunction | None:
        return self._tools.get(name)

    def _feedback_frame(self, score: Literal["like", "dislike"], event_id: int | None) -> str:
        return self._protocol.feedback(score, event_id)


def _signed_socket_url(signed_url: str, address: str) -> str:
    """A signed URL, once it is a socket URL of the conversation channel (wss, or ws on loopback)."""
    if not isinstance(signed_url, str) or not signed_url:
        raise ValueError("signed_url must be a non-empty str")
    parts = urllib.parse.urlsplit(signed_url)
    if parts.scheme not in ("wss", "ws", "https", "http"):
        raise ConfigurationError(f"signed_url must be a wss:// URL, got scheme {parts.scheme!r}")
    if not parts.path.endswith(address):
        raise ConfigurationError(f"signed_url must point at {address}, got path {parts.path!r}")
    query = dict(urllib.parse.parse_qsl(parts.query))
    if not query.get("agent_id"):
        raise ConfigurationError("signed_url has no agent_id in its query")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path[: -len(address)], "", ""))
    # The same plain-text rule as every socket: ws:// only to this machine.
    return socket_url(base, address, {}, query)
