"""The server side of the text-to-speech sockets, without I/O: what a client frame means, and
the messages the emulator sends. The client side is ``elevenlabs_ext._websockets._tts``; both
check messages against the schemas generated from sockets.yaml.

What a client sends is read leniently by default, as the service reads it: keys a message does
not declare are ignored (logged at debug) and a null for an optional setting counts as not
given. ``strict=True`` (the test servers that check our own client) refuses both.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Final, TypeAlias

from elevenlabs_api.models.ws_alignment import WsAlignment
from elevenlabs_api.models.ws_close_connection import WsCloseConnection
from elevenlabs_api.models.ws_close_context import WsCloseContext
from elevenlabs_api.models.ws_close_socket import WsCloseSocket
from elevenlabs_api.models.ws_flush_context import WsFlushContext
from elevenlabs_api.models.ws_initialize_connection import WsInitializeConnection
from elevenlabs_api.models.ws_initialize_context import WsInitializeContext
from elevenlabs_api.models.ws_keep_context_alive import WsKeepContextAlive
from elevenlabs_api.models.ws_send_context_text import WsSendContextText
from elevenlabs_api.models.ws_send_text import WsSendText

from .. import _base64
from .._errors import WebSocketProtocolError
from .._websockets._codec import M, decode_object, encode_payload, or_none, preview
from .._websockets._schema import SchemaError, load_schemas
from .._websockets._tts import MULTI_STREAM_INPUT, STREAM_INPUT

__all__ = [
    "AUTH_KEYS",
    "MultiStreamInputMessage",
    "MultiStreamInputServer",
    "StreamInputMessage",
    "StreamInputServer",
]

# Where a client may put its credentials in a first message instead of the handshake header:
# the documented key and the spelling the official SDK's message model sends, and a token.
AUTH_KEYS: Final = ("xi_api_key", "xi-api-key", "authorization")
_log = logging.getLogger("elevenlabs_ext.emulator")

StreamInputMessage: TypeAlias = WsInitializeConnection | WsSendText | WsCloseConnection
MultiStreamInputMessage: TypeAlias = (
    WsInitializeContext | WsSendContextText | WsFlushContext | WsCloseContext | WsKeepContextAlive | WsCloseSocket
)


def _audio_payload(
    audio: bytes,
    alignment: WsAlignment | Mapping[str, Any] | None,
    normalized_alignment: WsAlignment | Mapping[str, Any] | None,
) -> dict[str, Any]:
    def as_dict(value: WsAlignment | Mapping[str, Any] | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return dict(value) if isinstance(value, Mapping) else value.to_dict()

    return {
        "audio": _base64.encode(audio),
        "alignment": as_dict(alignment),
        "normalizedAlignment": as_dict(normalized_alignment),
    }


class _ServerBase:
    """What both server sides share: reading a client frame, and encoding error messages."""

    channel: str

    def __init__(self, *, strict: bool = False) -> None:
        self._schemas = load_schemas(lenient=not strict)
        self._encoder = load_schemas()  # what we send is always checked strictly
        self.credentials: dict[str, str] = {}  # what the first message carried (AUTH_KEYS)

    def _object(self, frame: str | bytes) -> dict[str, Any]:
        return decode_object(frame)

    def _take_credentials(self, data: dict[str, Any]) -> None:
        """Credentials are for the first message only and never reach a model (or a log)."""
        for key in AUTH_KEYS:
            value = data.pop(key, None)
            if isinstance(value, str) and value:
                self.credentials[key] = value

    def _decode(self, frame: str | bytes, cls: type[M], data: dict[str, Any]) -> M:
        name = cls.__name__
        try:
            ignored = self._schemas.accept(name, data)
            parsed = cls.from_dict(data)
        except SchemaError as error:
            raise WebSocketProtocolError(f"malformed {name} message: {error}", raw=preview(frame)) from None
        except (KeyError, TypeError, ValueError) as error:
            raise WebSocketProtocolError(f"{name} message could not be read: {error!r}", raw=preview(frame)) from None
        if ignored:
            _log.debug("%s: ignored %s", name, ", ".join(ignored))
        return parsed

    def error(self, message: str, *, error: str | None = None, code: int | None = 1008) -> str:
        """A ``WsServerError`` message (send it, then close with ``code``)."""
        payload: dict[str, Any] = {"message": message}
        if error is not None:
            payload["error"] = error
        if code is not None:
            payload["code"] = code
        return encode_payload(self._encoder, "WsServerError", payload)


class StreamInputServer(_ServerBase):
    """The server side of stream-input: checks each client frame and encodes the answers.

    ``receive`` returns the client's message as its generated model (``WsInitializeConnection``,
    ``WsSendText`` or ``WsCloseConnection``) or raises ``WebSocketProtocolError``: the first
    frame must initialise, nothing may follow the close.
    """

    channel = STREAM_INPUT

    def __init__(self, *, strict: bool = False) -> None:
        super().__init__(strict=strict)
        self._started = False
        self._ended = False

    @property
    def input_ended(self) -> bool:
        return self._ended

    def receive(self, frame: str | bytes) -> StreamInputMessage:
        data = self._object(frame)
        if self._ended:
            raise WebSocketProtocolError("a message arrived after the input ended", raw=preview(frame))
        if not self._started:
            self._take_credentials(data)
            initialized = self._decode(frame, WsInitializeConnection, data)
            self._started = True
            return initialized
        if data.get("text") == "" and (
            set(data) == {"text"} or (self._schemas.lenient and data.get("flush") is not True)
        ):
            self._ended = True
            return self._decode(frame, WsCloseConnection, data)
        return self._decode(frame, WsSendText, data)

    def audio(
        self,
        audio: bytes,
        *,
        alignment: WsAlignment | Mapping[str, Any] | None = None,
        normalized_alignment: WsAlignment | Mapping[str, Any] | None = None,
    ) -> str:
        """A ``WsAudioOutput`` message."""
        payload = {**_audio_payload(audio, alignment, normalized_alignment), "isFinal": None}
        return encode_payload(self._encoder, "WsAudioOutput", payload)

    def final(self) -> str:
        """The ``WsFinalOutput`` message that ends the stream."""
        return encode_payload(self._encoder, "WsFinalOutput", {"isFinal": True})


class MultiStreamInputServer(_ServerBase):
    """The server side of multi-stream-input: checks each client frame against the contexts.

    ``receive`` returns the message as its generated model. The first message for a context id
    that is not open is its ``WsInitializeContext``; text for a closed context, or anything
    after ``close_socket``, raises ``WebSocketProtocolError``.
    """

    channel = MULTI_STREAM_INPUT

    def __init__(self, *, strict: bool = False) -> None:
        super().__init__(strict=strict)
        self._first = True
        self._open: set[str | None] = set()  # None: the service's default context
        self._ended = False

    @property
    def open_contexts(self) -> set[str | None]:
        return set(self._open)

    @property
    def input_ended(self) -> bool:
        return self._ended

    def receive(self, frame: str | bytes) -> MultiStreamInputMessage:
        data = self._object(frame)
        if self._ended:
            raise WebSocketProtocolError("a message arrived after close_socket", raw=preview(frame))
        if "close_socket" in data:
            closing = self._decode(frame, WsCloseSocket, data)
            self._ended = True
            self._open.clear()
            return closing
        context_id = data.get("context_id")
        if "close_context" in data:
            closed = self._decode(frame, WsCloseContext, data)
            self._require_open(closed.context_id, frame)
            self._open.discard(closed.context_id)
            return closed
        if context_id not in self._open:
            self._take_credentials(data)
            opened = self._decode(frame, WsInitializeContext, data)
            self._open.add(or_none(opened.context_id))
            return opened
        if (
            data.get("text") == ""
            and (set(data) == {"text", "context_id"} or self._schemas.lenient)
            and not data.get("flush")
        ):
            return self._decode(frame, WsKeepContextAlive, data)
        if data.get("flush") is True and not data.get("text"):
            return self._decode(frame, WsFlushContext, data)
        return self._decode(frame, WsSendContextText, data)

    def end_context(self, context_id: str | None) -> None:
        """The server ended a context on its own (its inactivity timeout): the next message
        naming it opens a new context, as after a ``close_context``."""
        self._open.discard(context_id)

    def _require_open(self, context_id: str, frame: str | bytes) -> None:
        if context_id not in self._open:
            raise WebSocketProtocolError(f"context {context_id!r} is not open", raw=preview(frame))

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
        return encode_payload(self._encoder, "WsContextAudioOutput", payload)

    def final(self, context_id: str) -> str:
        """The ``WsContextFinalOutput`` message that ends one context."""
        return encode_payload(self._encoder, "WsContextFinalOutput", {"isFinal": True, "contextId": context_id})
