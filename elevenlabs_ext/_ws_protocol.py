"""The text-to-speech sockets without any I/O: what to send, what a received frame means.

Both channels of sockets.yaml are here, for both ends of the connection:
``StreamInputProtocol`` and ``MultiStreamInputProtocol`` for a client, ``StreamInputServer`` and
``MultiStreamInputServer`` for a server (the emulator, test servers). Strings go in and out;
the shells in ``_ws_sync.py`` and ``_ws_async.py`` move them over a websockets connection.

Rules (in the spirit of h11's ``_state.py``):

1. Everything that decides what goes on the wire, or what a frame means, lives in this module.
   A shell never builds or inspects a message itself.
2. Every message, sent or received, is checked against its schema in sockets.yaml (through the
   generated ``elevenlabs_api.sockets``) and is built from or parsed into its generated model
   in ``elevenlabs_api.models``. A protocol change is one regeneration.
3. Every received frame becomes an ``AudioChunk`` or raises: ``WebSocketProtocolError`` for a
   frame that breaks the protocol, ``WebSocketClosedError`` for the service's error message.
   Nothing is skipped, ever.
4. States only move forward. A single stream goes NEW → OPEN (initialised) → ENDED (input
   ended) and, independently, its output goes RUNNING → FINISHED (final message or clean
   close). A context goes OPEN → CLOSING (close_context sent) → DONE (its final message);
   a DONE context id may be opened again as a new context.
5. A local misuse (text after the end of input, text for an unknown context) raises
   ``WebSocketStateError`` before anything is sent; invalid arguments raise ``ValueError``.
"""

from __future__ import annotations

import base64
import binascii
import collections
import enum
import importlib
import json
import re
import urllib.parse
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from ._auth import ApiKey, is_loopback
from ._errors import (
    ConfigurationError,
    WebSocketClosedError,
    WebSocketError,
    WebSocketProtocolError,
    WebSocketStateError,
)
from ._ws_schema import SchemaError, SchemaSet, load_schemas

if TYPE_CHECKING:
    from elevenlabs_api.models import WsAlignment, WsOutputFormat, WsTextNormalization

__all__ = [
    "MULTI_STREAM_INPUT",
    "STREAM_INPUT",
    "AudioChunk",
    "ChunkQueue",
    "MultiStreamInputProtocol",
    "MultiStreamInputServer",
    "SentenceBoundaries",
    "StreamInputProtocol",
    "StreamInputServer",
    "aiter_text_pieces",
    "build_query",
    "handshake_headers",
    "iter_text_pieces",
    "socket_url",
]

STREAM_INPUT: Final = "text_to_speech_stream_input"
MULTI_STREAM_INPUT: Final = "text_to_speech_multi_stream_input"
NORMAL_CLOSURE: Final = 1000
GOING_AWAY: Final = 1001
ABNORMAL_CLOSURE: Final = 1006
_RAW_PREVIEW: Final = 200

# --------------------------------------------------------------------------- events


def _repr_audio(value: bytes) -> str:
    return f"<{len(value)} bytes>"


@attrs.frozen
class AudioChunk:
    """One message of audio from a text-to-speech socket.

    Attributes:
        audio: the frame's audio, decoded from base64, in the socket's output format.
            Empty on a final message without audio.
        is_final: True on the last message of the stream (or of its context): nothing follows.
        alignment: character timings of the text as sent (generated ``WsAlignment``), or None.
        normalized_alignment: the same for the text as spoken after normalisation, or None.
        context_id: the context the audio belongs to (multi-context sockets), else None.
        message: the message parsed into its generated model (``WsAudioOutput``, ``WsFinalOutput``,
            ``WsContextAudioOutput`` or ``WsContextFinalOutput``), with any key the service added
            later in its ``additional_properties``.
    """

    audio: bytes = attrs.field(repr=_repr_audio)
    is_final: bool
    alignment: WsAlignment | None = None
    normalized_alignment: WsAlignment | None = None
    context_id: str | None = None
    message: Any = attrs.field(default=None, repr=False, eq=False)


# ----------------------------------------------------------------------- helpers

_models: dict[str, Any] = {}


def model(name: str) -> Any:
    """The generated model class called ``name`` (imported on first use)."""
    cls = _models.get(name)
    if cls is None:
        cls = _models[name] = getattr(importlib.import_module("elevenlabs_api.models"), name)
    return cls


_UNSET: Any = None  # the generated UNSET, imported on first use


def _unset() -> Any:
    global _UNSET
    if _UNSET is None:
        from elevenlabs_api.types import UNSET

        _UNSET = UNSET
    return _UNSET


def _none_if_unset(value: Any) -> Any:
    return None if value is _unset() else value


def _preview(frame: str | bytes) -> str | bytes:
    return frame[:_RAW_PREVIEW]


def _encode(schemas: SchemaSet, name: str, payload: dict[str, Any]) -> str:
    try:
        schemas.check(name, payload)
    except SchemaError as error:
        raise ValueError(f"invalid {name} message: {error}") from None
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _decode_object(frame: str | bytes) -> dict[str, Any]:
    if isinstance(frame, bytes):
        raise WebSocketProtocolError("received a binary frame; the service sends JSON text frames", raw=_preview(frame))
    try:
        data = json.loads(frame)
    except ValueError as error:
        raise WebSocketProtocolError(f"received a frame that is not JSON ({error})", raw=_preview(frame)) from None
    if not isinstance(data, dict):
        raise WebSocketProtocolError(f"received a JSON {type(data).__name__}, expected an object", raw=_preview(frame))
    return data


def _parse(schemas: SchemaSet, name: str, data: dict[str, Any], frame: str | bytes) -> Any:
    """Check ``data`` against schema ``name`` (after renaming its aliases) and build the model."""
    aliases = _aliases(schemas, name)
    if aliases:
        for alias, canonical in aliases.items():
            if alias in data:
                value = data.pop(alias)
                if canonical in data and data[canonical] != value:
                    raise WebSocketProtocolError(
                        f"{name}: {alias!r} and {canonical!r} disagree ({value!r} != {data[canonical]!r})",
                        raw=_preview(frame),
                    )
                data.setdefault(canonical, value)
    try:
        schemas.check(name, data)
        return model(name).from_dict(data)
    except SchemaError as error:
        raise WebSocketProtocolError(f"malformed {name} message: {error}", raw=_preview(frame)) from None
    except (KeyError, TypeError, ValueError) as error:  # the schema passed, so a generator/schema mismatch
        raise WebSocketProtocolError(f"{name} message could not be read: {error!r}", raw=_preview(frame)) from None


_alias_cache: dict[str, dict[str, str]] = {}


def _aliases(schemas: SchemaSet, name: str) -> dict[str, str]:
    found = _alias_cache.get(name)
    if found is None:
        found = _alias_cache[name] = schemas.aliases(name)
    return found


def _nested(schemas: SchemaSet, name: str, field: str, value: Any) -> Any:
    """A voice_settings / generation_config / locator argument as its generated model.

    Accepts the generated model, a mapping, or any model with ``to_dict()`` (the HTTP
    ``VoiceSettings`` too); checks the fields, so a misspelt key fails here, not on the service.
    """
    if value is None:
        return _unset()
    if isinstance(value, model(name)):
        return value
    if isinstance(value, Mapping):
        data = dict(value)
    elif callable(getattr(value, "to_dict", None)):
        data = {k: v for k, v in value.to_dict().items() if v is not None}
    else:
        raise TypeError(f"{field} must be a {name}, a mapping or a model with to_dict(), got {type(value).__name__}")
    try:
        schemas.check(name, data)
    except SchemaError as error:
        raise ValueError(f"invalid {field}: {error}") from None
    return model(name).from_dict(data)


def _locators(schemas: SchemaSet, value: Iterable[Any] | None) -> Any:
    if value is None:
        return _unset()
    if isinstance(value, str | bytes | Mapping):
        raise TypeError("pronunciation_dictionary_locators must be a list of locators")
    name = "WsPronunciationDictionaryLocator"
    return [
        _nested(schemas, name, f"pronunciation_dictionary_locators[{index}]", item) for index, item in enumerate(value)
    ]


def _check_alignment(alignment: Any, field: str, frame: str | bytes) -> Any:
    alignment = _none_if_unset(alignment)
    if alignment is not None:
        lengths = {len(alignment.chars), len(alignment.char_start_times_ms), len(alignment.chars_durations_ms)}
        if len(lengths) != 1:
            raise WebSocketProtocolError(
                f"{field}: chars, charStartTimesMs and charsDurationsMs differ in length", raw=_preview(frame)
            )
    return alignment


def _decode_audio(encoded: Any, frame: str | bytes) -> bytes:
    encoded = _none_if_unset(encoded)
    if not encoded:
        return b""
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        raise WebSocketProtocolError(f"audio is not valid base64 ({error})", raw=_preview(frame)) from None


def _server_error(schemas: SchemaSet, data: dict[str, Any], frame: str | bytes) -> WebSocketClosedError:
    parsed = _parse(schemas, "WsServerError", data, frame)
    code = _none_if_unset(parsed.code)
    error = _none_if_unset(parsed.error)
    label = f" [{error}]" if error else ""
    return WebSocketClosedError(
        f"the service reported an error{label}: {parsed.message}" + (f" (code {code})" if code is not None else ""),
        code=code,
        reason=parsed.message,
        error=error,
    )


def _is_error_message(data: Mapping[str, Any]) -> bool:
    return "error" in data or ("message" in data and "audio" not in data and "isFinal" not in data)


def _closed_error(code: int | None, reason: str, what: str) -> WebSocketClosedError:
    shown = f"{code}" + (f" {reason!r}" if reason else "")
    return WebSocketClosedError(f"the service closed the socket ({shown}) {what}", code=code, reason=reason)


def _send_failure(failure: WebSocketError | None, code: int | None, reason: str, ended_cleanly: bool) -> WebSocketError:
    if failure is not None:
        return failure
    if ended_cleanly:
        return WebSocketStateError("the stream is over: nothing more can be sent")
    return _closed_error(code, reason, "while a message was being sent")


def _check_text(text: Any, *, allow_empty: bool = False) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text and not allow_empty:
        raise ValueError("text must not be empty: an empty text ends the input (use end_input())")
    return text


def _check_context_id(context_id: Any) -> str:
    if not isinstance(context_id, str) or not context_id:
        raise ValueError(f"context_id must be a non-empty str, got {context_id!r}")
    return context_id


# ---------------------------------------------------------------- connection set-up


def build_query(
    *,
    model_id: str | None = None,
    output_format: WsOutputFormat | str | None = None,
    language_code: str | None = None,
    enable_logging: bool | None = None,
    enable_ssml_parsing: bool | None = None,
    inactivity_timeout: int | None = None,
    sync_alignment: bool | None = None,
    auto_mode: bool | None = None,
    apply_text_normalization: WsTextNormalization | str | None = None,
    seed: int | None = None,
) -> dict[str, str]:
    """The handshake's query parameters (``WsTextToSpeechQuery``); None leaves one to the service."""
    given = {
        "model_id": model_id,
        "output_format": output_format,
        "language_code": language_code,
        "enable_logging": enable_logging,
        "enable_ssml_parsing": enable_ssml_parsing,
        "inactivity_timeout": inactivity_timeout,
        "sync_alignment": sync_alignment,
        "auto_mode": auto_mode,
        "apply_text_normalization": apply_text_normalization,
        "seed": seed,
    }
    values = {name: value for name, value in given.items() if value is not None}
    schemas = load_schemas()
    try:
        schemas.check("WsTextToSpeechQuery", values)
    except SchemaError as error:
        raise ValueError(f"invalid socket option {error}") from None
    query = model("WsTextToSpeechQuery").from_dict(values).to_dict()
    return {
        name: ("true" if value else "false") if isinstance(value, bool) else str(value) for name, value in query.items()
    }


def socket_url(base_url: str, channel: str, voice_id: str, query: Mapping[str, str]) -> str:
    """The socket's URL: the client's origin with https→wss (http→ws on loopback only).

    The key is never part of it (it goes in the ``xi-api-key`` handshake header).
    """
    from elevenlabs_api.sockets import CHANNELS

    if not isinstance(voice_id, str) or not voice_id:
        raise ValueError(f"voice_id must be a non-empty str, got {voice_id!r}")
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
    address = str(CHANNELS[channel]["address"]).replace("{voice_id}", urllib.parse.quote(voice_id, safe=""))
    path = parts.path.rstrip("/") + address
    return urllib.parse.urlunsplit((scheme, parts.netloc, path, urllib.parse.urlencode(query), ""))


def handshake_headers(api_key: ApiKey, headers: Mapping[str, str]) -> dict[str, str]:
    """The handshake's headers: the client's default headers and the key, which goes only here."""
    merged = {name: value for name, value in headers.items() if name.lower() != "xi-api-key"}
    merged["xi-api-key"] = api_key.reveal()
    return merged


# ------------------------------------------------------------------- text pieces


class SentenceBoundaries:
    """Holds text back until a sentence ends, for services that speak better in whole sentences.

    Off by default everywhere: pieces are forwarded as they arrive. A sentence ends at ``.``,
    ``!``, ``?``, ``…`` (and their CJK forms), followed by whitespace, or at a newline.
    """

    # . ! ? … and the ideographic full stop, fullwidth ! and ?; then closing quotes or brackets.
    _END = re.compile("[.!?\u2026\u3002\uff01\uff1f]+[\"'\u201d\u2019)\\]]*\\s+|\n")

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, piece: str) -> list[str]:
        self._buffer += piece
        end = max((match.end() for match in self._END.finditer(self._buffer)), default=0)
        if not end:
            return []
        ready, self._buffer = self._buffer[:end], self._buffer[end:]
        return [ready]

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        return [rest] if rest else []


def iter_text_pieces(text: str | Iterable[str], *, sentence_boundaries: bool = False) -> Iterator[str]:
    """The pieces to send: a str as one piece, an iterable piece by piece (empty pieces dropped:
    an empty text would end the input)."""
    if isinstance(text, str):
        pieces: Iterable[str] = [text]
    elif isinstance(text, Iterable):
        pieces = text
    else:
        raise TypeError(f"text must be a str or an iterable of str, got {type(text).__name__}")
    splitter = SentenceBoundaries() if sentence_boundaries else None
    for piece in pieces:
        _check_text(piece, allow_empty=True)
        if splitter is None:
            if piece:
                yield piece
        else:
            yield from splitter.feed(piece)
    if splitter is not None:
        yield from splitter.flush()


async def aiter_text_pieces(
    text: str | Iterable[str] | AsyncIterable[str], *, sentence_boundaries: bool = False
) -> AsyncIterator[str]:
    """``iter_text_pieces`` that also takes an async iterable (an LLM's token stream)."""
    if not isinstance(text, AsyncIterable):
        for piece in iter_text_pieces(text, sentence_boundaries=sentence_boundaries):
            yield piece
        return
    splitter = SentenceBoundaries() if sentence_boundaries else None
    async for piece in text:
        _check_text(piece, allow_empty=True)
        if splitter is None:
            if piece:
                yield piece
        else:
            for ready in splitter.feed(piece):
                yield ready
    if splitter is not None:
        for ready in splitter.flush():
            yield ready


# ---------------------------------------------------------------- client: one stream


class _Input(enum.Enum):
    NEW = "new"
    OPEN = "open"
    ENDED = "ended"


class _ReceivingProtocol:
    """What both client protocols share: once receiving fails, the same error is raised by
    every later call (a socket that broke its protocol is not read from again)."""

    def __init__(self) -> None:
        self._schemas = load_schemas()
        self._finished = False
        self._failure: WebSocketError | None = None

    @property
    def failure(self) -> WebSocketError | None:
        """The error that ended the stream (raised again by every later call), if any."""
        return self._failure

    def receive(self, frame: str | bytes) -> AudioChunk:
        """Turn one received frame into an ``AudioChunk``, or raise (and keep raising)."""
        if self._failure is not None:
            raise self._failure
        try:
            return self._receive(frame)
        except WebSocketError as error:
            self._failure = error
            self._finished = True
            raise

    def _receive(self, frame: str | bytes) -> AudioChunk:
        raise NotImplementedError


class StreamInputProtocol(_ReceivingProtocol):
    """The client side of ``/v1/text-to-speech/{voice_id}/stream-input``.

    ::

        protocol = StreamInputProtocol()
        send(protocol.initialize(voice_settings={"stability": 0.5}))
        send(protocol.send_text("Hello there. "))
        send(protocol.end_input())
        while not protocol.finished:
            chunk = protocol.receive(recv())      # AudioChunk, the last one with is_final
        # on a close frame instead: protocol.connection_closed(code, reason)
    """

    channel = STREAM_INPUT

    def __init__(self) -> None:
        super().__init__()
        self._input = _Input.NEW

    @property
    def input_ended(self) -> bool:
        return self._input is _Input.ENDED

    @property
    def finished(self) -> bool:
        """True once the output is over: final message received, or a clean close after the input ended."""
        return self._finished

    # -- sending

    def initialize(
        self,
        *,
        voice_settings: Any = None,
        generation_config: Any = None,
        pronunciation_dictionary_locators: Iterable[Any] | None = None,
    ) -> str:
        """The first message (``WsInitializeConnection``)."""
        if self._input is not _Input.NEW:
            raise WebSocketStateError("the stream is already initialised")
        message = model("WsInitializeConnection")(
            text=" ",
            voice_settings=_nested(self._schemas, "WsVoiceSettings", "voice_settings", voice_settings),
            generation_config=_nested(self._schemas, "WsGenerationConfig", "generation_config", generation_config),
            pronunciation_dictionary_locators=_locators(self._schemas, pronunciation_dictionary_locators),
        )
        encoded = _encode(self._schemas, "WsInitializeConnection", message.to_dict())
        self._input = _Input.OPEN
        return encoded

    def send_text(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> str:
        """More text (``WsSendText``); ``flush`` speaks everything buffered now."""
        self._require_open()
        unset = _unset()
        message = model("WsSendText")(
            text=_check_text(text),
            flush=True if flush else unset,
            try_trigger_generation=True if try_trigger_generation else unset,
        )
        return _encode(self._schemas, "WsSendText", message.to_dict())

    def flush(self) -> str:
        """Speak everything buffered now and keep the stream open (a space with ``flush``)."""
        return self.send_text(" ", flush=True)

    def end_input(self) -> str:
        """No more text (``WsCloseConnection``): the service finishes, sends its final message, closes."""
        self._require_open()
        encoded = _encode(self._schemas, "WsCloseConnection", model("WsCloseConnection")(text="").to_dict())
        self._input = _Input.ENDED
        return encoded

    def _require_open(self) -> None:
        if self._input is _Input.NEW:
            raise WebSocketStateError("the stream is not initialised yet")
        if self._input is _Input.ENDED:
            raise WebSocketStateError("the input has ended: no more text can be sent on this stream")

    # -- receiving

    def _receive(self, frame: str | bytes) -> AudioChunk:
        if self._finished:
            raise WebSocketProtocolError("a message arrived after the final message", raw=_preview(frame))
        data = _decode_object(frame)
        if _is_error_message(data):
            raise _server_error(self._schemas, data, frame)
        if "audio" in data and not (data.get("isFinal") is True and not data["audio"]):
            parsed = _parse(self._schemas, "WsAudioOutput", data, frame)
            is_final = parsed.is_final is True
            chunk = AudioChunk(
                audio=_decode_audio(parsed.audio, frame),
                is_final=is_final,
                alignment=_check_alignment(parsed.alignment, "alignment", frame),
                normalized_alignment=_check_alignment(parsed.normalized_alignment, "normalizedAlignment", frame),
                message=parsed,
            )
        elif data.get("isFinal") is True:
            parsed = _parse(self._schemas, "WsFinalOutput", data, frame)
            chunk = AudioChunk(audio=b"", is_final=True, message=parsed)
        else:
            raise WebSocketProtocolError(
                "received a message that is neither audio, a final message nor an error", raw=_preview(frame)
            )
        if chunk.is_final:
            self._finished = True
        return chunk

    def closed_while_sending(self, code: int | None, reason: str) -> WebSocketError:
        """The error for a send that found the connection closed. Changes no state: frames
        received before the close may still be waiting to be read, and ``connection_closed``
        is for the reader to call once it has read them."""
        ended = self._finished or (code in (NORMAL_CLOSURE, GOING_AWAY) and self._input is _Input.ENDED)
        return _send_failure(self._failure, code, reason, ended)

    def connection_closed(self, code: int | None, reason: str) -> None:
        """The service closed the connection (or it dropped). Returns when that is a proper end
        of the stream; raises ``WebSocketClosedError`` otherwise."""
        if self._failure is not None:
            failure = self._failure
            if isinstance(failure, WebSocketClosedError) and failure.code is None:
                failure.code = code
            raise failure
        if self._finished:
            return
        if code in (NORMAL_CLOSURE, GOING_AWAY) and self._input is _Input.ENDED:
            self._finished = True  # everything was spoken; the service skipped its final message
            return
        self._finished = True
        what = "before the input ended" if self._input is not _Input.ENDED else "before its final message"
        self._failure = _closed_error(code, reason, what)
        raise self._failure


# ------------------------------------------------------------- client: many contexts


class _Context(enum.Enum):
    OPEN = "open"
    CLOSING = "closing"
    DONE = "done"


class MultiStreamInputProtocol(_ReceivingProtocol):
    """The client side of ``/v1/text-to-speech/{voice_id}/multi-stream-input``.

    Tracks each context so that text never goes to a closed one and audio never lands in the
    wrong one: every received frame names its context, which must be open or closing.
    """

    channel = MULTI_STREAM_INPUT

    def __init__(self) -> None:
        super().__init__()
        self._contexts: dict[str, _Context] = {}
        self._ended = False

    @property
    def input_ended(self) -> bool:
        return self._ended

    @property
    def finished(self) -> bool:
        """True once the connection is over (closed cleanly after ``end_input``, or failed)."""
        return self._finished

    def context_state(self, context_id: str) -> str | None:
        """``"open"``, ``"closing"`` (closed by us, audio still coming), ``"done"`` or None (never opened)."""
        state = self._contexts.get(context_id)
        return None if state is None else state.value

    def context_finished(self, context_id: str) -> bool:
        """True when no more audio will come for this context."""
        state = self._contexts.get(context_id)
        return state is _Context.DONE or self._finished

    @property
    def open_contexts(self) -> list[str]:
        return [cid for cid, state in self._contexts.items() if state is not _Context.DONE]

    # -- sending

    def initialize_context(
        self,
        context_id: str,
        *,
        text: str = " ",
        voice_settings: Any = None,
        generation_config: Any = None,
        pronunciation_dictionary_locators: Iterable[Any] | None = None,
    ) -> str:
        """Open a context (``WsInitializeContext``); a finished context's id may be reused."""
        self._require_input()
        _check_context_id(context_id)
        if self._contexts.get(context_id) in (_Context.OPEN, _Context.CLOSING):
            raise WebSocketStateError(f"context {context_id!r} is already open")
        message = model("WsInitializeContext")(
            text=_check_text(text),
            context_id=context_id,
            voice_settings=_nested(self._schemas, "WsVoiceSettings", "voice_settings", voice_settings),
            generation_config=_nested(self._schemas, "WsGenerationConfig", "generation_config", generation_config),
            pronunciation_dictionary_locators=_locators(self._schemas, pronunciation_dictionary_locators),
        )
        encoded = _encode(self._schemas, "WsInitializeContext", message.to_dict())
        self._contexts[context_id] = _Context.OPEN
        return encoded

    def send_text(self, context_id: str, text: str, *, flush: bool = False) -> str:
        """More text for one context (``WsSendContextText``)."""
        self._require_context(context_id)
        message = model("WsSendContextText")(
            text=_check_text(text), context_id=context_id, flush=True if flush else _unset()
        )
        return _encode(self._schemas, "WsSendContextText", message.to_dict())

    def flush(self, context_id: str, text: str | None = None) -> str:
        """Speak everything buffered in one context now (``WsFlushContext``), after ``text`` if given."""
        self._require_context(context_id)
        message = model("WsFlushContext")(
            context_id=context_id, flush=True, text=_unset() if text is None else _check_text(text, allow_empty=True)
        )
        return _encode(self._schemas, "WsFlushContext", message.to_dict())

    def close_context(self, context_id: str) -> str:
        """End one context (``WsCloseContext``): its buffered text is still spoken, then its final message."""
        self._require_context(context_id)
        encoded = _encode(
            self._schemas,
            "WsCloseContext",
            model("WsCloseContext")(context_id=context_id, close_context=True).to_dict(),
        )
        self._contexts[context_id] = _Context.CLOSING
        return encoded

    def keep_alive(self, context_id: str) -> str:
        """Reset one context's inactivity clock (``WsKeepContextAlive``)."""
        self._require_context(context_id)
        message = model("WsKeepContextAlive")(context_id=context_id, text="")
        return _encode(self._schemas, "WsKeepContextAlive", message.to_dict())

    def end_input(self) -> str:
        """End every context and then the connection (``WsCloseSocket``)."""
        self._require_input()
        encoded = _encode(self._schemas, "WsCloseSocket", model("WsCloseSocket")(close_socket=True).to_dict())
        self._ended = True
        for context_id, state in self._contexts.items():
            if state is _Context.OPEN:
                self._contexts[context_id] = _Context.CLOSING
        return encoded

    def _require_input(self) -> None:
        if self._ended:
            raise WebSocketStateError("the socket's input has ended (end_input was sent)")

    def _require_context(self, context_id: str) -> None:
        self._require_input()
        state = self._contexts.get(_check_context_id(context_id))
        if state is None:
            raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")
        if state is not _Context.OPEN:
            raise WebSocketStateError(f"context {context_id!r} is {state.value}: open a new context to send more")

    # -- receiving

    def _receive(self, frame: str | bytes) -> AudioChunk:
        if self._finished:
            raise WebSocketProtocolError("a message arrived after the socket finished", raw=_preview(frame))
        data = _decode_object(frame)
        if _is_error_message(data):
            raise _server_error(self._schemas, data, frame)
        final = data.get("isFinal", data.get("is_final"))
        if "audio" in data and not (final is True and not data["audio"]):
            parsed = _parse(self._schemas, "WsContextAudioOutput", data, frame)
            context_id = self._receiving_context(parsed.context_id, frame)
            chunk = AudioChunk(
                audio=_decode_audio(parsed.audio, frame),
                is_final=parsed.is_final is True,
                alignment=_check_alignment(parsed.alignment, "alignment", frame),
                normalized_alignment=_check_alignment(parsed.normalized_alignment, "normalizedAlignment", frame),
                context_id=context_id,
                message=parsed,
            )
        elif final is True:
            parsed = _parse(self._schemas, "WsContextFinalOutput", data, frame)
            context_id = self._receiving_context(parsed.context_id, frame)
            chunk = AudioChunk(audio=b"", is_final=True, context_id=context_id, message=parsed)
        else:
            raise WebSocketProtocolError(
                "received a message that is neither audio, a final message nor an error", raw=_preview(frame)
            )
        if chunk.is_final:
            self._contexts[context_id] = _Context.DONE
        return chunk

    def _receiving_context(self, context_id: str, frame: str | bytes) -> str:
        state = self._contexts.get(context_id)
        if state is None:
            raise WebSocketProtocolError(
                f"audio for context {context_id!r}, which was never opened", raw=_preview(frame)
            )
        if state is _Context.DONE:
            raise WebSocketProtocolError(
                f"audio for context {context_id!r} after its final message", raw=_preview(frame)
            )
        return context_id

    def closed_while_sending(self, code: int | None, reason: str) -> WebSocketError:
        """The error for a send that found the connection closed; changes no state (see
        ``StreamInputProtocol.closed_while_sending``)."""
        ended = self._finished or (code in (NORMAL_CLOSURE, GOING_AWAY) and self._ended)
        return _send_failure(self._failure, code, reason, ended)

    def connection_closed(self, code: int | None, reason: str) -> None:
        """The connection closed. Returns when that is the end ``end_input`` asked for; raises otherwise."""
        if self._failure is not None:
            failure = self._failure
            if isinstance(failure, WebSocketClosedError) and failure.code is None:
                failure.code = code
            raise failure
        if self._finished:
            return
        self._finished = True
        if code in (NORMAL_CLOSURE, GOING_AWAY) and self._ended:
            for context_id in self._contexts:
                self._contexts[context_id] = _Context.DONE
            return
        self._failure = _closed_error(code, reason, "before end_input" if not self._ended else "unexpectedly")
        raise self._failure


# ------------------------------------------------------------- routing many readers


class ChunkQueue:
    """Received chunks waiting for their reader: per context, in arrival order overall.

    ``pop(None)`` takes the oldest chunk of any context; ``pop(context_id)`` the oldest of
    one context. A context's chunks never reach another context's reader.
    """

    def __init__(self) -> None:
        self._by_context: dict[str | None, collections.deque[tuple[int, AudioChunk]]] = {}
        self._sequence = 0
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def push(self, chunk: AudioChunk) -> None:
        self._sequence += 1
        self._by_context.setdefault(chunk.context_id, collections.deque()).append((self._sequence, chunk))
        self._size += 1

    def pop(self, context_id: str | None) -> AudioChunk | None:
        if context_id is None:
            oldest: collections.deque[tuple[int, AudioChunk]] | None = None
            for queue in self._by_context.values():
                if queue and (oldest is None or queue[0][0] < oldest[0][0]):
                    oldest = queue
            if oldest is None:
                return None
            queue = oldest
        else:
            found = self._by_context.get(context_id)
            if not found:
                return None
            queue = found
        self._size -= 1
        return queue.popleft()[1]

    def has(self, context_id: str | None) -> bool:
        if context_id is None:
            return self._size > 0
        return bool(self._by_context.get(context_id))


# ----------------------------------------------------------------------- server side


def _audio_payload(
    audio: bytes,
    alignment: WsAlignment | Mapping[str, Any] | None,
    normalized_alignment: WsAlignment | Mapping[str, Any] | None,
) -> dict[str, Any]:
    def as_dict(value: Any) -> Any:
        if value is None:
            return None
        return dict(value) if isinstance(value, Mapping) else value.to_dict()

    return {
        "audio": base64.b64encode(audio).decode("ascii"),
        "alignment": as_dict(alignment),
        "normalizedAlignment": as_dict(normalized_alignment),
    }


class _ServerBase:
    """What both server sides share: decoding a client frame and encoding error messages."""

    channel: str

    def __init__(self) -> None:
        self._schemas = load_schemas()

    def _decode(self, frame: str | bytes, name: str, data: dict[str, Any]) -> Any:
        try:
            self._schemas.check(name, data)
            return model(name).from_dict(data)
        except SchemaError as error:
            raise WebSocketProtocolError(f"malformed {name} message: {error}", raw=_preview(frame)) from None

    def error(self, message: str, *, error: str | None = None, code: int | None = 1008) -> str:
        """A ``WsServerError`` message (send it, then close with ``code``)."""
        payload: dict[str, Any] = {"message": message}
        if error is not None:
            payload["error"] = error
        if code is not None:
            payload["code"] = code
        return _encode(self._schemas, "WsServerError", payload)


class StreamInputServer(_ServerBase):
    """The server side of stream-input: checks each client frame and encodes the answers.

    ``receive`` returns the client's message as its generated model (``WsInitializeConnection``,
    ``WsSendText`` or ``WsCloseConnection``) or raises ``WebSocketProtocolError``: the first
    frame must initialise, nothing may follow the close.
    """

    channel = STREAM_INPUT

    def __init__(self) -> None:
        super().__init__()
        self._input = _Input.NEW

    @property
    def input_ended(self) -> bool:
        return self._input is _Input.ENDED

    def receive(self, frame: str | bytes) -> Any:
        data = _decode_object(frame)
        if self._input is _Input.ENDED:
            raise WebSocketProtocolError("a message arrived after the input ended", raw=_preview(frame))
        if self._input is _Input.NEW:
            parsed = self._decode(frame, "WsInitializeConnection", data)
            self._input = _Input.OPEN
            return parsed
        if data.get("text") == "" and set(data) == {"text"}:
            self._input = _Input.ENDED
            return self._decode(frame, "WsCloseConnection", data)
        return self._decode(frame, "WsSendText", data)

    def audio(
        self,
        audio: bytes,
        *,
        alignment: WsAlignment | Mapping[str, Any] | None = None,
        normalized_alignment: WsAlignment | Mapping[str, Any] | None = None,
    ) -> str:
        """A ``WsAudioOutput`` message."""
        payload = {**_audio_payload(audio, alignment, normalized_alignment), "isFinal": None}
        return _encode(self._schemas, "WsAudioOutput", payload)

    def final(self) -> str:
        """The ``WsFinalOutput`` message that ends the stream."""
        return _encode(self._schemas, "WsFinalOutput", {"isFinal": True})


class MultiStreamInputServer(_ServerBase):
    """The server side of multi-stream-input: checks each client frame against the contexts.

    ``receive`` returns the message as its generated model. The first message for a context id
    that is not open is its ``WsInitializeContext``; text for a closed context, or anything
    after ``close_socket``, raises ``WebSocketProtocolError``.
    """

    channel = MULTI_STREAM_INPUT

    def __init__(self) -> None:
        super().__init__()
        self._open: set[str | None] = set()  # None: the service's default context
        self._ended = False

    @property
    def open_contexts(self) -> set[str | None]:
        return set(self._open)

    @property
    def input_ended(self) -> bool:
        return self._ended

    def receive(self, frame: str | bytes) -> Any:
        data = _decode_object(frame)
        if self._ended:
            raise WebSocketProtocolError("a message arrived after close_socket", raw=_preview(frame))
        if "close_socket" in data:
            parsed = self._decode(frame, "WsCloseSocket", data)
            self._ended = True
            self._open.clear()
            return parsed
        context_id = data.get("context_id")
        if "close_context" in data:
            parsed = self._decode(frame, "WsCloseContext", data)
            self._require_open(parsed.context_id, frame)
            self._open.discard(parsed.context_id)
            return parsed
        if context_id not in self._open:
            parsed = self._decode(frame, "WsInitializeContext", data)
            self._open.add(_none_if_unset(parsed.context_id))
            return parsed
        if set(data) == {"text", "context_id"} and data["text"] == "":
            return self._decode(frame, "WsKeepContextAlive", data)
        if data.get("flush") is True and not data.get("text"):
            return self._decode(frame, "WsFlushContext", data)
        return self._decode(frame, "WsSendContextText", data)

    def end_context(self, context_id: str | None) -> None:
        """The server ended a context on its own (its inactivity timeout): the next message
        naming it opens a new context, as after a ``close_context``."""
        self._open.discard(context_id)

    def _require_open(self, context_id: str, frame: str | bytes) -> None:
        if context_id not in self._open:
            raise WebSocketProtocolError(f"context {context_id!r} is not open", raw=_preview(frame))

    def audio(
        self,
        context_id: str,
        audio: bytes,
        *,
        alignment: WsAlignment | Mapping[str, Any] | None = None,
        normalized_alignment: WsAlignment | Mapping[str, Any] | None = None,
    ) -> str:
        """A ``WsContextAudioOutput`` message."""
        payload = {**_audio_payload(audio, alignment, normalized_alignment), "contextId": context_id}
        return _encode(self._schemas, "WsContextAudioOutput", payload)

    def final(self, context_id: str) -> str:
        """The ``WsContextFinalOutput`` message that ends one context."""
        return _encode(self._schemas, "WsContextFinalOutput", {"isFinal": True, "contextId": context_id})
