"""The text-to-speech sockets' client side, without I/O: what to send, what a received frame means.

``StreamInputProtocol`` drives ``stream-input``, ``MultiStreamInputProtocol`` drives
``multi-stream-input``. Strings go in and out; the shells in ``_sync.py`` and ``_async.py``
move them over a connection. (The server side, for the emulator, is
``elevenlabs_ext.emulator._ws_server_protocol``.)

Rules (in the spirit of h11's ``_state.py``):

1. Everything that decides what goes on the wire, or what a frame means, lives here (with the
   codec in ``_codec.py``). A shell never builds or inspects a message itself.
2. Every message, sent or received, is checked against its schema in sockets.yaml (through the
   generated ``elevenlabs_api.sockets``) and is built from or parsed into its generated model.
   A protocol change is one regeneration.
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

import enum
import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeAlias, TypedDict

from elevenlabs_api.models.ws_audio_output import WsAudioOutput
from elevenlabs_api.models.ws_close_connection import WsCloseConnection
from elevenlabs_api.models.ws_close_context import WsCloseContext
from elevenlabs_api.models.ws_close_socket import WsCloseSocket
from elevenlabs_api.models.ws_context_audio_output import WsContextAudioOutput
from elevenlabs_api.models.ws_context_final_output import WsContextFinalOutput
from elevenlabs_api.models.ws_final_output import WsFinalOutput
from elevenlabs_api.models.ws_flush_context import WsFlushContext
from elevenlabs_api.models.ws_generation_config import WsGenerationConfig
from elevenlabs_api.models.ws_initialize_connection import WsInitializeConnection
from elevenlabs_api.models.ws_initialize_context import WsInitializeContext
from elevenlabs_api.models.ws_keep_context_alive import WsKeepContextAlive
from elevenlabs_api.models.ws_pronunciation_dictionary_locator import WsPronunciationDictionaryLocator
from elevenlabs_api.models.ws_send_context_text import WsSendContextText
from elevenlabs_api.models.ws_send_text import WsSendText
from elevenlabs_api.models.ws_voice_settings import WsVoiceSettings
from elevenlabs_api.types import UNSET, Unset

from .. import _base64
from .._errors import WebSocketError, WebSocketProtocolError, WebSocketStateError
from ._chunk import AudioChunk, AudioMessage, audio_only_chunk
from ._codec import (
    GOING_AWAY,
    NORMAL_CLOSURE,
    check_alignment,
    check_text,
    checked,
    closed_error,
    decode_audio,
    decode_object,
    encode,
    encode_audio,
    is_canonical_base64,
    is_error_message,
    nested,
    nested_list,
    parse,
    preview,
    scan_json,
    send_failure,
    server_error,
)
from ._schema import SchemaError, SchemaSet, load_schemas
from ._session import StickyReceiver

__all__ = [
    "MULTI_STREAM_INPUT",
    "STREAM_INPUT",
    "GenerationConfigArg",
    "LocatorsArg",
    "MultiStreamInputProtocol",
    "StreamInputProtocol",
    "VoiceSettingsArg",
]

# What the sockets take for settings: the generated model or a mapping of its fields.
VoiceSettingsArg: TypeAlias = WsVoiceSettings | Mapping[str, Any] | None
GenerationConfigArg: TypeAlias = WsGenerationConfig | Mapping[str, Any] | None
LocatorsArg: TypeAlias = Iterable[WsPronunciationDictionaryLocator | Mapping[str, Any]] | None

STREAM_INPUT: Final = "text_to_speech_stream_input"
MULTI_STREAM_INPUT: Final = "text_to_speech_multi_stream_input"


def _check_context_id(context_id: object) -> str:
    if not isinstance(context_id, str) or not context_id:
        raise ValueError(f"context_id must be a non-empty str, got {context_id!r}")
    return context_id


def _audio_chunk(
    schemas: SchemaSet,
    cls: type[WsAudioOutput] | type[WsContextAudioOutput],
    data: dict[str, Any],
    frame: str | bytes,
    context_id: str | None,
) -> AudioChunk:
    """The chunk of an audio message, once ``data`` passed ``checked``. Without timings (most
    frames) the model is read only when ``chunk.message`` is asked for."""
    if data.get("alignment") is None and data.get("normalizedAlignment") is None:
        encoded = data["audio"]
        audio = decode_audio(encoded, frame)
        return audio_only_chunk(audio, data.get("isFinal") is True, context_id, _message_reader(cls, data, audio))
    parsed = parse(schemas, cls, data, frame)
    return AudioChunk(
        audio=decode_audio(parsed.audio, frame),
        is_final=parsed.is_final is True,
        alignment=check_alignment(parsed.alignment, "alignment", frame),
        normalized_alignment=check_alignment(parsed.normalized_alignment, "normalizedAlignment", frame),
        context_id=context_id,
        message=parsed,
    )


def _message_reader(
    cls: type[WsAudioOutput] | type[WsContextAudioOutput], data: dict[str, Any], audio: bytes
) -> Callable[[], AudioMessage]:
    """What reads an audio chunk's ``message`` when it is first asked for (``data`` is checked)."""
    if is_canonical_base64(data["audio"]):
        # The chunk holds the audio once, as bytes; the message gets its text back from them.
        del data["audio"]
        return functools.partial(_audio_message, cls, data, audio)
    return functools.partial(cls.from_dict, data)


def _audio_message(
    cls: type[WsAudioOutput] | type[WsContextAudioOutput], data: dict[str, Any], audio: bytes
) -> WsAudioOutput | WsContextAudioOutput:
    return cls.from_dict({**data, "audio": encode_audio(audio)})


class _Input(enum.Enum):
    NEW = "new"
    OPEN = "open"
    ENDED = "ended"


class _SpeechSettings(TypedDict):
    voice_settings: WsVoiceSettings | Unset
    generation_config: WsGenerationConfig | Unset
    pronunciation_dictionary_locators: list[WsPronunciationDictionaryLocator] | Unset


class _ReceivingProtocol(StickyReceiver[AudioChunk]):
    """What both text-to-speech protocols share: the schemas, and a failure that sticks."""

    def __init__(self) -> None:
        super().__init__()
        self._schemas = load_schemas()

    def _speech_settings(
        self, voice_settings: VoiceSettingsArg, generation_config: GenerationConfigArg, locators: LocatorsArg
    ) -> _SpeechSettings:
        """The settings a stream or a context starts with, as checked generated models."""
        return {
            "voice_settings": nested(self._schemas, WsVoiceSettings, "voice_settings", voice_settings),
            "generation_config": nested(self._schemas, WsGenerationConfig, "generation_config", generation_config),
            "pronunciation_dictionary_locators": nested_list(
                self._schemas, WsPronunciationDictionaryLocator, "pronunciation_dictionary_locators", locators
            ),
        }


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
        voice_settings: VoiceSettingsArg = None,
        generation_config: GenerationConfigArg = None,
        pronunciation_dictionary_locators: LocatorsArg = None,
    ) -> str:
        """The first message (``WsInitializeConnection``)."""
        if self._input is not _Input.NEW:
            raise WebSocketStateError("the stream is already initialised")
        message = WsInitializeConnection(
            text=" ",
            **self._speech_settings(voice_settings, generation_config, pronunciation_dictionary_locators),
        )
        encoded = encode(self._schemas, message)
        self._input = _Input.OPEN
        return encoded

    def send_text(self, text: str, *, flush: bool = False, try_trigger_generation: bool = False) -> str:
        """More text (``WsSendText``); ``flush`` speaks everything buffered now."""
        self._require_open()
        message = WsSendText(
            text=check_text(text),
            flush=True if flush else UNSET,
            try_trigger_generation=True if try_trigger_generation else UNSET,
        )
        return encode(self._schemas, message)

    def flush(self) -> str:
        """Speak everything buffered now and keep the stream open (a space with ``flush``)."""
        return self.send_text(" ", flush=True)

    def end_input(self) -> str:
        """No more text (``WsCloseConnection``): the service finishes, sends its final message, closes."""
        self._require_open()
        encoded = encode(self._schemas, WsCloseConnection(text=""))
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
            raise WebSocketProtocolError("a message arrived after the final message", raw=preview(frame))
        data = decode_object(frame)
        if is_error_message(data):
            raise server_error(self._schemas, data, frame)
        if "audio" in data and not (data.get("isFinal") is True and not data["audio"]):
            checked(self._schemas, WsAudioOutput, data, frame)
            chunk = _audio_chunk(self._schemas, WsAudioOutput, data, frame, None)
        elif data.get("isFinal") is True:
            final_output = parse(self._schemas, WsFinalOutput, data, frame)
            chunk = AudioChunk(audio=b"", is_final=True, message=final_output)
        else:
            raise WebSocketProtocolError(
                "received a message that is neither audio, a final message nor an error", raw=preview(frame)
            )
        if chunk.is_final:
            self._finished = True
        return chunk

    def closed_while_sending(self, code: int | None, reason: str, by_us: bool = False) -> WebSocketError:
        """The error for a send that found the connection closed. Changes no state: frames
        received before the close may still be waiting to be read, and ``connection_closed``
        is for the reader to call once it has read them."""
        ended = self._finished or (code in (NORMAL_CLOSURE, GOING_AWAY) and self._input is _Input.ENDED)
        return send_failure(self._failure, code, reason, ended, by_us)

    def connection_closed(self, code: int | None, reason: str, by_us: bool = False) -> None:
        """The service closed the connection (or it dropped). Returns when that is a proper end
        of the stream; raises ``WebSocketClosedError`` otherwise."""
        self._raise_failure(code)
        if self._finished:
            return
        if code in (NORMAL_CLOSURE, GOING_AWAY) and self._input is _Input.ENDED:
            self._finished = True  # everything was spoken; the service skipped its final message
            return
        self._finished = True
        what = "before the input ended" if self._input is not _Input.ENDED else "before its final message"
        self._failure = closed_error(code, reason, what, by_us)
        raise self._failure


# ------------------------------------------------------------- client: many contexts


class _Context(enum.Enum):
    OPEN = "open"
    CLOSING = "closing"
    DONE = "done"


# What the one-step reading of ``MultiStreamInputProtocol.receive`` takes: an audio frame
# spelt the usual way (no aliases, no error, no keys the service added later), for a context
# whose audio is still coming.
_PLAIN_AUDIO_KEYS: Final = frozenset({"audio", "contextId", "isFinal", "alignment", "normalizedAlignment"})
_RECEIVING: Final = frozenset({_Context.OPEN, _Context.CLOSING})


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
        self._check_context_audio = self._schemas.checker("WsContextAudioOutput")
        self._decode_base64 = _base64.decode

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
        """True when no more audio will come for this context; ``WebSocketStateError`` for a
        context that was never opened."""
        state = self._contexts.get(context_id)
        if state is None:
            raise WebSocketStateError(f"context {context_id!r} was never opened on this socket")
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
        voice_settings: VoiceSettingsArg = None,
        generation_config: GenerationConfigArg = None,
        pronunciation_dictionary_locators: LocatorsArg = None,
    ) -> str:
        """Open a context (``WsInitializeContext``); a finished context's id may be reused."""
        self._require_input()
        _check_context_id(context_id)
        if self._contexts.get(context_id) in (_Context.OPEN, _Context.CLOSING):
            raise WebSocketStateError(f"context {context_id!r} is already open")
        message = WsInitializeContext(
            text=check_text(text),
            context_id=context_id,
            **self._speech_settings(voice_settings, generation_config, pronunciation_dictionary_locators),
        )
        encoded = encode(self._schemas, message)
        self._contexts[context_id] = _Context.OPEN
        return encoded

    def send_text(self, context_id: str, text: str, *, flush: bool = False) -> str:
        """More text for one context (``WsSendContextText``)."""
        self._require_context(context_id)
        message = WsSendContextText(text=check_text(text), context_id=context_id, flush=True if flush else UNSET)
        return encode(self._schemas, message)

    def flush(self, context_id: str, text: str | None = None) -> str:
        """Speak everything buffered in one context now (``WsFlushContext``), after ``text`` if given."""
        self._require_context(context_id)
        message = WsFlushContext(
            context_id=context_id, flush=True, text=UNSET if text is None else check_text(text, allow_empty=True)
        )
        return encode(self._schemas, message)

    def close_context(self, context_id: str) -> str:
        """End one context (``WsCloseContext``): its buffered text is still spoken, then its final message."""
        self._require_context(context_id)
        encoded = encode(self._schemas, WsCloseContext(context_id=context_id, close_context=True))
        self._contexts[context_id] = _Context.CLOSING
        return encoded

    def keep_alive(self, context_id: str) -> str:
        """Reset one context's inactivity clock (``WsKeepContextAlive``)."""
        self._require_context(context_id)
        message = WsKeepContextAlive(context_id=context_id, text="")
        return encode(self._schemas, message)

    def end_input(self) -> str:
        """End every context and then the connection (``WsCloseSocket``)."""
        self._require_input()
        encoded = encode(self._schemas, WsCloseSocket(close_socket=True))
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

    def receive(self, frame: str | bytes) -> AudioChunk:
        """Turn one received frame into an ``AudioChunk``, or raise (and keep raising)."""
        # Nearly every frame is audio for a context, without timings: such a frame is read
        # here in one step. Any other frame, or a fault in this one, takes the general way
        # (``_receive``), which reads it again and explains what is wrong.
        if type(frame) is str and self._failure is None and not self._finished:
            try:
                data, end = scan_json(frame, 0)
            except (StopIteration, ValueError, RecursionError):
                data, end = None, 0
            if end == len(frame) and type(data) is dict and _PLAIN_AUDIO_KEYS.issuperset(data):
                encoded = data.get("audio")
                context_id = data.get("contextId")
                if (
                    type(encoded) is str
                    and encoded
                    and type(context_id) is str
                    and data.get("isFinal") is not True
                    and data.get("alignment") is None
                    and data.get("normalizedAlignment") is None
                    and self._contexts.get(context_id) in _RECEIVING
                ):
                    try:
                        self._check_context_audio(data)
                        audio = self._decode_base64(encoded)
                    except (SchemaError, ValueError):  # bad base64 raises binascii.Error, a ValueError
                        pass
                    else:
                        reader = _message_reader(WsContextAudioOutput, data, audio)
                        return audio_only_chunk(audio, False, context_id, reader)
        return super().receive(frame)

    def _receive(self, frame: str | bytes) -> AudioChunk:
        if self._finished:
            raise WebSocketProtocolError("a message arrived after the socket finished", raw=preview(frame))
        data = decode_object(frame)
        if is_error_message(data):
            raise server_error(self._schemas, data, frame)
        final = data.get("isFinal", data.get("is_final"))
        if "audio" in data and not (final is True and not data["audio"]):
            checked(self._schemas, WsContextAudioOutput, data, frame)
            context_id = data["contextId"]
            if self._contexts.get(context_id) is not _Context.OPEN:  # else: closing, done or never opened
                self._receiving_context(context_id, frame)
            chunk = _audio_chunk(self._schemas, WsContextAudioOutput, data, frame, context_id)
        elif final is True:
            context_final = parse(self._schemas, WsContextFinalOutput, data, frame)
            context_id = self._receiving_context(context_final.context_id, frame)
            chunk = AudioChunk(audio=b"", is_final=True, context_id=context_id, message=context_final)
        else:
            raise WebSocketProtocolError(
                "received a message that is neither audio, a final message nor an error", raw=preview(frame)
            )
        if chunk.is_final:
            self._contexts[context_id] = _Context.DONE
        return chunk

    def _receiving_context(self, context_id: str, frame: str | bytes) -> str:
        state = self._contexts.get(context_id)
        if state is None:
            raise WebSocketProtocolError(
                f"audio for context {context_id!r}, which was never opened", raw=preview(frame)
            )
        if state is _Context.DONE:
            raise WebSocketProtocolError(
                f"audio for context {context_id!r} after its final message", raw=preview(frame)
            )
        return context_id

    def closed_while_sending(self, code: int | None, reason: str, by_us: bool = False) -> WebSocketError:
        """The error for a send that found the connection closed; changes no state (see
        ``StreamInputProtocol.closed_while_sending``)."""
        ended = self._finished or (code in (NORMAL_CLOSURE, GOING_AWAY) and self._ended)
        return send_failure(self._failure, code, reason, ended, by_us)

    def connection_closed(self, code: int | None, reason: str, by_us: bool = False) -> None:
        """The connection closed. Returns when that is the end ``end_input`` asked for; raises otherwise."""
        self._raise_failure(code)
        if self._finished:
            return
        self._finished = True
        if code in (NORMAL_CLOSURE, GOING_AWAY) and self._ended:
            for context_id in self._contexts:
                self._contexts[context_id] = _Context.DONE
            return
        self._failure = closed_error(code, reason, "before end_input" if not self._ended else "unexpectedly", by_us)
        raise self._failure
