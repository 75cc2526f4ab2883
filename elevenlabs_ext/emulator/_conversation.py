"""The agent conversation socket, ``/v1/convai/conversation`` of sockets.yaml.

**Who may talk.** The agent comes from the ``agent_id`` query parameter (``_agents``: a
defined or created agent, else the default one). A public agent needs no credentials, even
when the emulator checks keys. One that requires authentication takes a
``conversation_signature`` from ``GET /v1/convai/conversation/get-signed-url`` (single use),
or a valid ``xi-api-key`` header; otherwise the service sends an ``error`` and closes (1008).

**Start.** The client's ``conversation_initiation_client_data`` may override the first
message, the voice and ``text_only`` (the emulator honours those three). The service then sends
``conversation_initiation_metadata`` (audio is ``pcm_16000`` both ways) and the agent speaks
its first message (if it has one).

**Turns.** User audio is cut into turns by ``_vad.VoiceActivity`` (0.6 s of silence ends a
turn, and so do ``MAX_TURN_SECONDS`` of talking); each turn is transcribed
(``_recognizer``), echoed as ``user_transcript``, and answered: the first turn also makes the
agent's client tool calls (``client_tool_call``, waiting up to ``TOOL_TIMEOUT`` seconds for
each ``client_tool_result``), then ``internal_tentative_agent_response``, ``agent_response``
and the reply's audio in ``audio`` chunks with character alignment. A
``user_message`` is a turn in text. ``vad_score`` messages report the user's audio level.

**Interruptions.** The agent counts as speaking for as long as its audio lasts from the first
chunk (as the client plays it). User speech in that time cuts it off: ``interruption`` with the
turn's ``event_id``, then ``agent_response_correction`` with the part already heard.

**Latency.** A ``ping`` every ``PING_SECONDS``; each ``pong`` sets the next ping's ``ping_ms``.
``contextual_update``, ``user_activity`` and ``feedback`` are accepted and kept in the
conversation. A message that is not one of the protocol's gets an ``error`` event and is
dropped (unknown keys of a known message are ignored).
"""

from __future__ import annotations

import binascii
import functools
import json
import logging
import time
import uuid
from collections.abc import Mapping
from typing import Any, Final

import anyio
import anyio.to_thread
import attrs
import numpy as np
from anyio.abc import ObjectReceiveStream, ObjectSendStream
from elevenlabs_api.sockets import CHANNELS
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from .. import _base64
from .._websockets._schema import SchemaError
from ..audio._formats import parse_output_format
from ._agents import Agent
from ._catalog import VOICES, VOICES_BY_ID
from ._context import EmulatorContext, context_of
from ._limits import check_api_key
from ._realtime_state import realtime_state
from ._realtime_stt import lenient_message
from ._recognizer import RecognizerUnavailableError, transcribe
from ._speech_input import AudioDecodeError, decode_pcm16
from ._synthesis import Utterance, render, synthesize
from ._vad import VadSettings, VoiceActivity
from ._ws_handshake import POLICY_VIOLATION
from ._ws_session import JsonSocketSession

__all__ = ["AUDIO_FORMAT", "PING_SECONDS", "TOOL_TIMEOUT", "conversation_route"]

logger = logging.getLogger("elevenlabs_ext.emulator")

CHANNEL: Final = "convai_conversation"
AUDIO_FORMAT: Final = "pcm_16000"
AUDIO_RATE: Final = 16000
PING_SECONDS: Final = 2.0
TOOL_TIMEOUT: Final = 10.0
FIRST_MESSAGE_WAIT: Final = 5.0
MAX_TURN_SECONDS: Final = 30.0
TURN_VAD: Final = VadSettings(silence_seconds=0.6, threshold=0.4, min_speech_ms=60, min_silence_ms=100)
_VAD_SCORE_EVERY: Final = 8  # chunks

_CLIENT_SCHEMAS: Final = {
    "conversation_initiation_client_data": "WsConvaiInitiationClientData",
    "pong": "WsConvaiPong",
    "client_tool_result": "WsConvaiClientToolResult",
    "contextual_update": "WsConvaiContextualUpdate",
    "user_message": "WsConvaiUserMessage",
    "user_activity": "WsConvaiUserActivity",
    "feedback": "WsConvaiFeedback",
}


def _dig(value: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


@attrs.define
class _Speaking:
    event_id: int
    text: str
    started: float
    duration: float
    starts: tuple[float, ...]

    def heard(self, now: float) -> str:
        elapsed = now - self.started
        return "".join(char for char, start in zip(self.text, self.starts, strict=False) if start < elapsed)


class _Conversation(JsonSocketSession):
    def __init__(self, websocket: WebSocket, context: EmulatorContext, agent: Agent) -> None:
        super().__init__(websocket, context)
        self.agent = agent
        self.conversation_id = "conv_" + uuid.uuid4().hex[:20]
        self.text_only = False
        self.contextual_updates: list[str] = []
        self.feedback: list[tuple[int, str]] = []
        self._event_id = 0
        self._vad = VoiceActivity(TURN_VAD, AUDIO_RATE)
        self._turn_audio: list[np.ndarray[Any, np.dtype[np.int16]]] = []
        self._chunks = 0
        self._speaking: _Speaking | None = None
        self._speaking_scope: anyio.CancelScope | None = None
        self._tools_made = False
        self._tool_results: dict[str, anyio.Event] = {}
        self._ping_sent: dict[int, float] = {}
        self._ping_ms: int | None = None
        self._turns: ObjectSendStream[str] | None = None

    # -- sending

    async def error(self, text: str, kind: str = "invalid_message") -> None:
        await self.send({"type": "error", "error_event": {"message": text, "error_type": kind, "code": None}})

    async def fail(self, text: str, kind: str) -> None:
        await self.send(
            {"type": "error", "error_event": {"message": text, "error_type": kind, "code": POLICY_VIOLATION}}
        )
        await self.close_for_policy(kind)

    def next_event(self) -> int:
        self._event_id += 1
        return self._event_id

    # -- running

    async def run(self) -> None:
        first = await self._first_message()
        await self.send(
            {
                "type": "conversation_initiation_metadata",
                "conversation_initiation_metadata_event": {
                    "conversation_id": self.conversation_id,
                    "agent_output_audio_format": AUDIO_FORMAT,
                    "user_input_audio_format": AUDIO_FORMAT,
                },
            }
        )
        send_turns, receive_turns = anyio.create_memory_object_stream[str](16)
        self._turns = send_turns
        async with send_turns, receive_turns, anyio.create_task_group() as group:
            group.start_soon(self._ping)
            group.start_soon(self._answer, receive_turns)
            if self.agent.first_message:
                group.start_soon(self._say, self.agent.first_message)
            if first is not None:
                await self._on_frame(first)
            await self._read()
            group.cancel_scope.cancel()

    async def _first_message(self) -> str | bytes | None:
        """Apply the initiation data, if the client's first message is that; else hand the frame back."""
        with anyio.move_on_after(FIRST_MESSAGE_WAIT):
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                self._closed = True
                return None
            frame: str | bytes = message.get("text") or message.get("bytes") or b""
            try:
                data = json.loads(frame)
            except (ValueError, RecursionError):
                return frame
            if not isinstance(data, dict) or data.get("type") != "conversation_initiation_client_data":
                return frame
            try:
                data = lenient_message(frame, "WsConvaiInitiationClientData")
            except SchemaError as error:
                await self.error(f"Invalid conversation_initiation_client_data: {error}")
                return None
            override = data.get("conversation_config_override")
            first = _dig(override, "agent", "first_message")
            if isinstance(first, str):
                self.agent.first_message = first
            voice = _dig(override, "tts", "voice_id")
            if isinstance(voice, str) and voice in VOICES_BY_ID:
                self.agent.voice_id = voice
            self.text_only = _dig(override, "conversation", "text_only") is True
        return None

    async def _on_frame(self, frame: str | bytes) -> None:
        try:
            data = json.loads(frame)
        except (ValueError, RecursionError):
            await self.error("The message is not JSON (or is nested too deeply).")
            return
        if not isinstance(data, dict):
            await self.error("A message must be a JSON object.")
            return
        if "user_audio_chunk" in data and "type" not in data:
            await self._on_audio(data)
            return
        kind = data.get("type")
        schema = _CLIENT_SCHEMAS.get(kind) if isinstance(kind, str) else None
        if schema is None:
            await self.error(f"Unknown message type {kind!r}.")
            return
        try:
            message = lenient_message(frame, schema)
        except SchemaError as error:
            await self.error(f"Invalid {kind} message: {error}")
            return
        if kind == "pong":
            sent = self._ping_sent.pop(int(message["event_id"]), None)
            if sent is not None:
                self._ping_ms = round((time.monotonic() - sent) * 1000)
        elif kind == "client_tool_result":
            waiter = self._tool_results.get(str(message["tool_call_id"]))
            if waiter is not None:
                waiter.set()
        elif kind == "user_message":
            await self._interrupt()
            await self._queue_turn(str(message["text"]))
        elif kind == "contextual_update":
            self.contextual_updates.append(str(message["text"]))
        elif kind == "feedback":
            self.feedback.append((int(message["event_id"]), str(message["score"])))
        # user_activity and a late conversation_initiation_client_data change nothing here

    async def _on_audio(self, data: Mapping[str, Any]) -> None:
        try:
            chunk = lenient_message(json.dumps(data), "WsConvaiUserAudioChunk")
            samples = decode_pcm16(_base64.decode(chunk["user_audio_chunk"]))
        except (SchemaError, binascii.Error, ValueError, AudioDecodeError) as error:
            await self.error(f"user_audio_chunk is not base64 {AUDIO_FORMAT} audio: {error}")
            return
        self._turn_audio.append(samples)
        was_speaking = self._vad.speaking
        ended = self._vad.feed(samples)
        if sum(len(part) for part in self._turn_audio) >= MAX_TURN_SECONDS * AUDIO_RATE:
            ended = True  # a turn that never pauses is cut here, so memory stays bounded
            self._vad.reset()
        self._chunks += 1
        if self._chunks % _VAD_SCORE_EVERY == 0:
            await self.send({"type": "vad_score", "vad_score_event": {"vad_score": round(self._vad.last_score, 3)}})
        if self._vad.speaking and not was_speaking:
            await self._interrupt()
        if ended:
            audio = np.concatenate(self._turn_audio)
            self._turn_audio = []
            text = await self._transcribe(audio)
            if text is not None:
                await self.send(
                    {
                        "type": "user_transcript",
                        "user_transcription_event": {"user_transcript": text, "event_id": self.next_event()},
                    }
                )
                await self._queue_turn(text)
        elif not self._vad.speaking and sum(len(part) for part in self._turn_audio) > AUDIO_RATE:
            self._turn_audio = self._turn_audio[-2:]  # only silence so far: keep a little lead-in

    async def _transcribe(self, audio: np.ndarray[Any, np.dtype[np.int16]]) -> str | None:
        try:
            recognition = await anyio.to_thread.run_sync(functools.partial(transcribe, audio, AUDIO_RATE))
        except RecognizerUnavailableError as error:
            await self.error(str(error), "transcriber_error")
            return None
        return recognition.text

    async def _queue_turn(self, text: str) -> None:
        assert self._turns is not None
        await self._turns.send(text)

    # -- the agent

    async def _answer(self, turns: ObjectReceiveStream[str]) -> None:
        async for text in turns:
            if not self._tools_made and self.agent.tool_calls:
                self._tools_made = True
                for call in self.agent.tool_calls:
                    await self._call_tool(call.tool_name, dict(call.parameters))
            reply = await anyio.to_thread.run_sync(self.agent.reply_to, text)
            await self._say(reply)

    async def _call_tool(self, name: str, parameters: dict[str, Any]) -> None:
        call_id = "toolcall_" + uuid.uuid4().hex[:16]
        done = self._tool_results[call_id] = anyio.Event()
        message = {"tool_name": name, "tool_call_id": call_id, "parameters": parameters, "event_id": self.next_event()}
        await self.send({"type": "client_tool_call", "client_tool_call": message})
        with anyio.move_on_after(TOOL_TIMEOUT):
            await done.wait()
        self._tool_results.pop(call_id, None)

    async def _say(self, text: str) -> None:
        event_id = self.next_event()
        await self.send(
            {
                "type": "internal_tentative_agent_response",
                "tentative_agent_response_internal_event": {"tentative_agent_response": text},
            }
        )
        await self.send(
            {"type": "agent_response", "agent_response_event": {"agent_response": text, "event_id": event_id}}
        )
        if self.text_only or not text.strip():
            return
        voice = VOICES_BY_ID.get(self.agent.voice_id, VOICES[0])
        speech = await anyio.to_thread.run_sync(
            functools.partial(synthesize, (Utterance(text, voice.espeak),), espeak=self.context.espeak)
        )
        fmt = parse_output_format(AUDIO_FORMAT)
        chunks = list(render(speech, fmt, chunk_seconds=self.context.options.chunk_seconds))
        speaking = _Speaking(event_id, speech.text, time.monotonic(), speech.duration, speech.times.starts)
        self._speaking = speaking
        for chunk in chunks:
            if self._speaking is not speaking:
                return  # interrupted
            origin = chunk.audio_start
            alignment = {
                "chars": list(chunk.characters),
                "char_start_times_ms": [max(round((start - origin) * 1000), 0) for start in chunk.starts],
                "char_durations_ms": [
                    max(round((end - start) * 1000), 0) for start, end in zip(chunk.starts, chunk.ends, strict=True)
                ],
            }
            event = {
                "audio_base_64": _base64.encode(chunk.audio),
                "event_id": event_id,
                "alignment": alignment,
            }
            if not await self.send({"type": "audio", "audio_event": event}):
                return

    async def _interrupt(self) -> None:
        speaking = self._speaking
        now = time.monotonic()
        if speaking is None or now >= speaking.started + speaking.duration:
            return
        self._speaking = None
        await self.send({"type": "interruption", "interruption_event": {"event_id": speaking.event_id}})
        await self.send(
            {
                "type": "agent_response_correction",
                "agent_response_correction_event": {
                    "original_agent_response": speaking.text,
                    "corrected_agent_response": speaking.heard(now),
                    "event_id": speaking.event_id,
                },
            }
        )

    async def _ping(self) -> None:
        while True:
            await anyio.sleep(PING_SECONDS)
            event_id = self.next_event()
            self._ping_sent[event_id] = time.monotonic()
            if not await self.send({"type": "ping", "ping_event": {"event_id": event_id, "ping_ms": self._ping_ms}}):
                return


def _refusal(websocket: WebSocket, context: EmulatorContext, agent: Agent) -> str | None:
    if not agent.requires_auth:
        return None
    signature = websocket.query_params.get("conversation_signature")
    if signature and realtime_state(context).spend(signature, f"conversation:{agent.agent_id}"):
        return None
    key = websocket.headers.get("xi-api-key")
    if key and check_api_key(key, context.options.api_keys) is None:
        return None
    return f"Agent {agent.agent_id} requires authentication: use a signed URL (get-signed-url) or an API key."


async def _serve(websocket: WebSocket) -> None:
    context = context_of(websocket)
    await websocket.accept()
    agent_id = websocket.query_params.get("agent_id")
    agent = realtime_state(context).agents.get(agent_id or "")
    conversation = _Conversation(websocket, context, attrs.evolve(agent))
    if not agent_id:
        await conversation.fail("The agent_id query parameter is required.", "invalid_request")
        return
    refusal = _refusal(websocket, context, agent)
    if refusal is not None:
        await conversation.fail(refusal, "authorization_failed")
        return
    await conversation.run()


def conversation_route() -> WebSocketRoute:
    return WebSocketRoute(str(CHANNELS[CHANNEL]["address"]), _serve)
