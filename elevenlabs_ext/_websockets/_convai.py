"""The agent conversation socket's client side, without I/O.

``ConversationProtocol`` drives ``/v1/convai/conversation``: it builds every client message
from its generated ``WsConvai*`` model, reads every received frame into its typed event (an
``error`` message raises ``ConversationError``), and says what must be answered: a ``ping``
gets a ``pong`` of the same ``event_id`` (``reply``), a ``client_tool_call`` a
``client_tool_result`` (``tool_result``). The shells in ``_realtime_sync.py`` and
``_realtime_async.py`` move the strings and run the tools.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

from elevenlabs_api.models.ws_convai_agent_chat_response_part import WsConvaiAgentChatResponsePart
from elevenlabs_api.models.ws_convai_agent_response import WsConvaiAgentResponse
from elevenlabs_api.models.ws_convai_agent_response_correction import WsConvaiAgentResponseCorrection
from elevenlabs_api.models.ws_convai_audio import WsConvaiAudio
from elevenlabs_api.models.ws_convai_client_tool_call import WsConvaiClientToolCall
from elevenlabs_api.models.ws_convai_client_tool_result import WsConvaiClientToolResult
from elevenlabs_api.models.ws_convai_config_override import WsConvaiConfigOverride
from elevenlabs_api.models.ws_convai_contextual_update import WsConvaiContextualUpdate
from elevenlabs_api.models.ws_convai_error import WsConvaiError
from elevenlabs_api.models.ws_convai_feedback import WsConvaiFeedback
from elevenlabs_api.models.ws_convai_initiation_client_data import WsConvaiInitiationClientData
from elevenlabs_api.models.ws_convai_initiation_client_data_custom_llm_extra_body import (
    WsConvaiInitiationClientDataCustomLlmExtraBody,
)
from elevenlabs_api.models.ws_convai_initiation_client_data_dynamic_variables import (
    WsConvaiInitiationClientDataDynamicVariables,
)
from elevenlabs_api.models.ws_convai_initiation_metadata import WsConvaiInitiationMetadata
from elevenlabs_api.models.ws_convai_interruption import WsConvaiInterruption
from elevenlabs_api.models.ws_convai_ping import WsConvaiPing
from elevenlabs_api.models.ws_convai_pong import WsConvaiPong
from elevenlabs_api.models.ws_convai_server_contextual_update import WsConvaiServerContextualUpdate
from elevenlabs_api.models.ws_convai_tentative_agent_response import WsConvaiTentativeAgentResponse
from elevenlabs_api.models.ws_convai_user_activity import WsConvaiUserActivity
from elevenlabs_api.models.ws_convai_user_audio_chunk import WsConvaiUserAudioChunk
from elevenlabs_api.models.ws_convai_user_message import WsConvaiUserMessage
from elevenlabs_api.models.ws_convai_user_transcript import WsConvaiUserTranscript
from elevenlabs_api.models.ws_convai_vad_score import WsConvaiVadScore
from elevenlabs_api.types import UNSET

from .._errors import WebSocketProtocolError, WebSocketStateError
from .._realtime_errors import ConversationError
from ._codec import decode_audio, decode_object, encode, encode_audio, nested, or_none, parse, preview
from ._schema import load_schemas
from ._session import RealtimeSession

__all__ = ["CONVERSATION", "ConversationEvent", "ConversationProtocol"]

CONVERSATION: Final = "convai_conversation"

ConversationEvent: TypeAlias = (
    WsConvaiInitiationMetadata
    | WsConvaiUserTranscript
    | WsConvaiAgentResponse
    | WsConvaiAgentResponseCorrection
    | WsConvaiAgentChatResponsePart
    | WsConvaiTentativeAgentResponse
    | WsConvaiAudio
    | WsConvaiInterruption
    | WsConvaiPing
    | WsConvaiClientToolCall
    | WsConvaiVadScore
    | WsConvaiServerContextualUpdate
)
_EVENTS: Final[dict[str, type[ConversationEvent]]] = {
    "conversation_initiation_metadata": WsConvaiInitiationMetadata,
    "user_transcript": WsConvaiUserTranscript,
    "agent_response": WsConvaiAgentResponse,
    "agent_response_correction": WsConvaiAgentResponseCorrection,
    "agent_chat_response_part": WsConvaiAgentChatResponsePart,
    "internal_tentative_agent_response": WsConvaiTentativeAgentResponse,
    "audio": WsConvaiAudio,
    "interruption": WsConvaiInterruption,
    "ping": WsConvaiPing,
    "client_tool_call": WsConvaiClientToolCall,
    "vad_score": WsConvaiVadScore,
    "contextual_update": WsConvaiServerContextualUpdate,
}


def _json_result(value: object) -> Any:
    """A tool's return value as JSON can carry it (anything else as its ``str``)."""
    if value is None:
        return ""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value


class ConversationProtocol(RealtimeSession[ConversationEvent]):
    """The client side of ``/v1/convai/conversation``.

    ::

        protocol = ConversationProtocol()
        send(protocol.initiate(dynamic_variables={"name": "Ada"}))
        send(protocol.user_audio(pcm))
        event = protocol.receive(recv())          # WsConvaiAgentResponse, WsConvaiAudio, ...
        if (answer := protocol.reply(event)) is not None:
            send(answer)                          # the pong of a ping
    """

    channel = CONVERSATION
    ended_message = "the conversation has ended: nothing more can be sent"
    while_sending = "while a message was being sent"
    during = "during the conversation"

    def __init__(self) -> None:
        self._schemas = load_schemas()
        self._initiated = False
        super().__init__()
        self._interrupted_at = -1  # audio events up to this id were interrupted
        self.metadata: WsConvaiInitiationMetadata | None = None
        self.last_agent_event_id: int | None = None

    @property
    def conversation_id(self) -> str | None:
        return None if self.metadata is None else self.metadata.conversation_initiation_metadata_event.conversation_id

    # -- sending

    def initiate(
        self,
        *,
        user_id: str | None = None,
        dynamic_variables: Mapping[str, Any] | None = None,
        config_override: WsConvaiConfigOverride | Mapping[str, Any] | None = None,
        custom_llm_extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """The first message (``conversation_initiation_client_data``)."""
        if self._initiated:
            raise WebSocketStateError("the conversation is already initiated")
        message = WsConvaiInitiationClientData(
            type_="conversation_initiation_client_data",
            conversation_config_override=nested(
                self._schemas, WsConvaiConfigOverride, "config_override", config_override
            ),
            dynamic_variables=UNSET
            if dynamic_variables is None
            else WsConvaiInitiationClientDataDynamicVariables.from_dict(dict(dynamic_variables)),
            custom_llm_extra_body=UNSET
            if custom_llm_extra_body is None
            else WsConvaiInitiationClientDataCustomLlmExtraBody.from_dict(dict(custom_llm_extra_body)),
            user_id=UNSET if user_id is None else user_id,
        )
        frame = encode(self._schemas, message)
        self._initiated = True
        return frame

    def user_audio(self, audio: bytes) -> str:
        """A chunk of the user's audio (16-bit PCM at the rate the metadata names)."""
        if not isinstance(audio, bytes | bytearray | memoryview):
            raise TypeError(f"audio must be bytes, got {type(audio).__name__}")
        self._require_open()
        chunk = WsConvaiUserAudioChunk(user_audio_chunk=encode_audio(audio))
        return encode(self._schemas, chunk)

    def reply(self, event: ConversationEvent) -> str | None:
        """What the client must answer to ``event`` at once: the pong of a ping, else None."""
        if isinstance(event, WsConvaiPing):
            return encode(self._schemas, WsConvaiPong(type_="pong", event_id=event.ping_event.event_id))
        return None

    def tool_result(self, tool_call_id: str, result: object, *, is_error: bool = False) -> str:
        """The answer to a ``client_tool_call``: its result, or (``is_error``) what went wrong."""
        self._require_open()
        message = WsConvaiClientToolResult(
            type_="client_tool_result", tool_call_id=tool_call_id, result=_json_result(result), is_error=is_error
        )
        return encode(self._schemas, message)

    def contextual_update(self, text: str) -> str:
        """Background information for the agent that does not interrupt or prompt a reply."""
        self._require_open()
        return encode(self._schemas, WsConvaiContextualUpdate(type_="contextual_update", text=_text(text)))

    def user_message(self, text: str) -> str:
        """A user turn in text instead of speech."""
        self._require_open()
        return encode(self._schemas, WsConvaiUserMessage(type_="user_message", text=_text(text)))

    def user_activity(self) -> str:
        """The user is active (e.g. typing): the agent holds back from speaking."""
        self._require_open()
        return encode(self._schemas, WsConvaiUserActivity(type_="user_activity"))

    def feedback(self, score: Literal["like", "dislike"], event_id: int | None = None) -> str:
        """Like or dislike an agent response (by default the latest one)."""
        self._require_open()
        target = self.last_agent_event_id if event_id is None else event_id
        if target is None:
            raise WebSocketStateError("no agent response to give feedback on yet")
        if score not in ("like", "dislike"):
            raise ValueError(f"score must be 'like' or 'dislike', got {score!r}")
        return encode(self._schemas, WsConvaiFeedback(type_="feedback", score=score, event_id=target))

    def _require_open(self) -> None:
        if self._failure is not None:
            raise self._failure
        if self._finished:
            raise WebSocketStateError("the conversation is over: nothing more can be sent")
        if not self._initiated:
            raise WebSocketStateError("the conversation is not initiated yet")

    # -- receiving

    def _receive(self, frame: str | bytes) -> ConversationEvent:
        data = decode_object(frame)
        kind = data.get("type")
        if kind == "error":
            raise self._error(data, frame)
        cls = _EVENTS.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise WebSocketProtocolError(f"received an unknown message type {kind!r}", raw=preview(frame))
        event = parse(self._schemas, cls, data, frame)
        if isinstance(event, WsConvaiInitiationMetadata):
            if self.metadata is not None:
                raise WebSocketProtocolError("received a second conversation_initiation_metadata", raw=preview(frame))
            self.metadata = event
        elif isinstance(event, WsConvaiAgentResponse):
            self.last_agent_event_id = or_none(event.agent_response_event.event_id)
        elif isinstance(event, WsConvaiAudio):
            decode_audio(event.audio_event.audio_base_64, frame)  # fails here when it is not base64
        elif isinstance(event, WsConvaiInterruption):
            self._interrupted_at = max(self._interrupted_at, event.interruption_event.event_id)
        return event

    def audio_of(self, event: WsConvaiAudio) -> bytes:
        """The audio of an ``audio`` event; empty when an interruption already covers it."""
        if event.audio_event.event_id <= self._interrupted_at:
            return b""
        return decode_audio(event.audio_event.audio_base_64, "")

    def _error(self, data: dict[str, Any], frame: str | bytes) -> ConversationError:
        parsed = parse(self._schemas, WsConvaiError, data, frame)
        event = or_none(parsed.error_event)
        text = (or_none(event.message) if event is not None else None) or "unspecified error"
        code = or_none(event.code) if event is not None else None
        kind = or_none(event.error_type) if event is not None else None
        label = f" [{kind}]" if kind else ""
        return ConversationError(f"the conversation failed{label}: {text}", code=code, reason=text, error_type=kind)


def _text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text:
        raise ValueError("text must not be empty")
    return text
