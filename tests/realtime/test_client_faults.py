"""The realtime clients against scripted loopback servers: credentials on the wire, close codes,
malformed messages, refused handshakes and silent servers give typed errors, never a hang."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from elevenlabs_api.models import WsConvaiPing, WsSttSessionStarted

from elevenlabs_ext import (
    AsyncConversation,
    AsyncElevenLabs,
    AsyncRealtimeTranscriber,
    AuthenticationError,
    ConfigurationError,
    Conversation,
    ConversationError,
    ElevenLabs,
    RealtimeSpeechToTextError,
    RealtimeTranscriber,
    WebSocketClosedError,
    WebSocketConnectionLostError,
    WebSocketPolicyViolationError,
    WebSocketProtocolError,
    WebSocketServerClosedError,
    WebSocketTimeoutError,
    transcribe_realtime,
)
from elevenlabs_ext._realtime_errors import SPEECH_TO_TEXT_ERRORS
from elevenlabs_ext._websockets._handshake import CrossOriginRedirectError
from elevenlabs_ext._websockets._stt import RealtimeSpeechToTextProtocol

from .scripted import METADATA, SESSION_STARTED, ScriptedRealtimeServer, hold_open, receive

API_KEY = "sk_test_REALTIME_5ecret0f00d"


@pytest.fixture
def server() -> Iterator[ScriptedRealtimeServer]:
    with ScriptedRealtimeServer() as made:
        yield made
    assert not made.errors, made.errors  # every client frame matched sockets.yaml


@pytest.fixture
def client(server: ScriptedRealtimeServer) -> Iterator[ElevenLabs]:
    with ElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as made:
        yield made


@pytest.fixture
async def aclient(server: ScriptedRealtimeServer) -> AsyncIterator[AsyncElevenLabs]:
    async with AsyncElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as made:
        yield made


# -- credentials


def test_the_key_travels_in_the_header_only_and_a_token_replaces_it(
    server: ScriptedRealtimeServer, client: ElevenLabs
) -> None:
    with RealtimeTranscriber(client, language_code="en") as stt:
        stt.send(b"\x00\x01" * 800)
    keyed = server.last
    server.closed_with(keyed)
    assert keyed.headers["xi-api-key"] == API_KEY and API_KEY not in keyed.raw_target
    assert keyed.query == {"model_id": "scribe_v2_realtime", "language_code": "en"}
    assert keyed.frames[0]["message_type"] == "input_audio_chunk" and keyed.frames[0]["sample_rate"] == 16000
    assert base64.b64decode(keyed.frames[0]["audio_base_64"]) == b"\x00\x01" * 800
    assert keyed.close_code == 1000  # a clean end on both sides
    with RealtimeTranscriber(client, token="tok_123") as stt:
        assert "tok_123" in stt.url and API_KEY not in stt.url and API_KEY not in repr(stt)
    server.closed_with()
    assert "xi-api-key" not in server.last.headers and server.last.query["token"] == "tok_123"
    with Conversation(client, "agent_1"):
        pass
    server.closed_with()
    assert server.last.headers["xi-api-key"] == API_KEY and server.last.query == {"agent_id": "agent_1"}
    assert server.last.frames == [{"type": "conversation_initiation_client_data"}]
    with Conversation(client, "agent_1", conversation_token="ct_9"):
        pass
    server.closed_with()
    assert "xi-api-key" not in server.last.headers and server.last.query["conversation_signature"] == "ct_9"
    with Conversation(client, signed_url=f"{server.url.replace('http', 'ws')}/v1/convai/conversation?agent_id=a&x=1"):
        pass
    server.closed_with()
    assert "xi-api-key" not in server.last.headers and server.last.query == {"agent_id": "a", "x": "1"}


def test_u_law_audio_from_an_iterator_goes_out_as_it_comes(server: ScriptedRealtimeServer, client: ElevenLabs) -> None:
    async def script(websocket: Any) -> None:
        await websocket.send(SESSION_STARTED)
        while (frame := await receive(websocket)) is not None:
            if frame.get("commit"):
                await websocket.send(json.dumps({"message_type": "committed_transcript", "text": "hello"}))

    server.script = script
    chunks = [b"\xff" * 800, b"\x7f" * 800]
    assert list(transcribe_realtime(client, iter(chunks), audio_format="ulaw_8000", timeout=5)) == ["hello"]
    server.closed_with()
    frames = server.last.frames
    assert server.last.query["audio_format"] == "ulaw_8000"
    assert [base64.b64decode(frame["audio_base_64"]) for frame in frames] == [*chunks, b""]
    assert [frame["commit"] for frame in frames] == [False, False, True]
    assert {frame["sample_rate"] for frame in frames} == {8000}


def test_plain_text_and_foreign_urls_are_refused_before_connecting(client: ElevenLabs) -> None:
    with pytest.raises(ConfigurationError, match="plain-text"):
        Conversation(client, signed_url="ws://example.com/v1/convai/conversation?agent_id=a")
    with pytest.raises(ConfigurationError, match="must point at"):
        Conversation(client, signed_url="wss://example.com/other?agent_id=a")
    with pytest.raises(ConfigurationError):
        Conversation(client, "agent", signed_url="wss://example.com/v1/convai/conversation?agent_id=a")
    with pytest.raises(TypeError, match="unexpected keyword"):
        RealtimeTranscriber(client, language="en")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="commit_strategy"):
        RealtimeTranscriber(client, commit_strategy="sometimes")


def test_a_refused_or_redirected_handshake(server: ScriptedRealtimeServer, client: ElevenLabs) -> None:
    server.reject = (401, '{"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}')
    with pytest.raises(AuthenticationError), RealtimeTranscriber(client):
        pass
    server.reject = None
    server.redirect_to = "ws://127.0.0.2:9/v1/speech-to-text/realtime"
    with pytest.raises(CrossOriginRedirectError), Conversation(client, "agent"):
        pass


# -- speech to text faults


@pytest.mark.parametrize(("kind", "cls"), sorted(SPEECH_TO_TEXT_ERRORS.items()))
def test_every_error_message_type_has_its_class(kind: str, cls: type[RealtimeSpeechToTextError]) -> None:
    protocol = RealtimeSpeechToTextProtocol()
    protocol.receive(SESSION_STARTED)
    with pytest.raises(cls) as caught:
        protocol.receive(json.dumps({"message_type": kind, "error": "it went wrong"}))
    assert type(caught.value) is cls and caught.value.message_type == kind and "it went wrong" in str(caught.value)
    assert isinstance(caught.value, WebSocketClosedError)
    assert (protocol.failure is None) == cls.recoverable


async def _close_after_start(websocket: Any, code: int) -> None:
    await websocket.send(SESSION_STARTED)
    await receive(websocket)
    await websocket.close(code, "going down")


@pytest.mark.parametrize(
    ("code", "cls"),
    [(1011, WebSocketServerClosedError), (1008, WebSocketPolicyViolationError), (4000, WebSocketClosedError)],
)
def test_close_codes_are_typed(server: ScriptedRealtimeServer, client: ElevenLabs, code: int, cls: type) -> None:
    server.script = lambda ws: _close_after_start(ws, code)
    with pytest.raises(cls) as caught:
        list(transcribe_realtime(client, bytes(3200), timeout=5))
    assert type(caught.value) is cls and caught.value.code == code and caught.value.reason == "going down"


async def test_async_a_dropped_connection_and_a_normal_close_with_commits_unanswered(
    server: ScriptedRealtimeServer, aclient: AsyncElevenLabs
) -> None:
    async def drop(websocket: Any) -> None:
        await websocket.send(SESSION_STARTED)
        await receive(websocket)
        websocket.transport.abort()

    server.script = drop
    async with AsyncRealtimeTranscriber(aclient) as stt:
        await stt.send(bytes(320))
        assert isinstance(await stt.receive(5), WsSttSessionStarted)
        with pytest.raises(WebSocketConnectionLostError):
            await stt.receive(5)

    server.script = lambda ws: _close_after_start(ws, 1000)
    async with AsyncRealtimeTranscriber(aclient) as stt:
        await stt.commit()
        with pytest.raises(WebSocketClosedError, match="unanswered"):
            async for _event in stt:
                pass


@pytest.mark.parametrize(
    "frame",
    [
        "not json",
        '["a list"]',
        '{"message_type": "partial_transcript"}',
        '{"message_type": "telepathy", "text": "hi"}',
        '{"message_type": "committed_transcript", "text": 5}',
    ],
)
def test_malformed_messages_close_with_1002(server: ScriptedRealtimeServer, client: ElevenLabs, frame: str) -> None:
    async def script(websocket: Any) -> None:
        await websocket.send(SESSION_STARTED)
        await websocket.send(frame)
        await hold_open(websocket)

    server.script = script
    with RealtimeTranscriber(client) as stt:
        assert isinstance(stt.receive(5), WsSttSessionStarted)
        with pytest.raises(WebSocketProtocolError):
            stt.receive(5)
        with pytest.raises(WebSocketProtocolError):  # and again: nothing is read past it
            stt.receive(5)
    assert server.closed_with() == 1002


def test_a_silent_server_times_out(server: ScriptedRealtimeServer, client: ElevenLabs) -> None:
    with RealtimeTranscriber(client) as stt, pytest.raises(WebSocketTimeoutError):
        stt.receive(timeout=0.2)
    with pytest.raises(WebSocketTimeoutError):
        list(transcribe_realtime(client, bytes(3200), timeout=0.3))


async def test_async_a_silent_server_times_out(server: ScriptedRealtimeServer, aclient: AsyncElevenLabs) -> None:
    async with AsyncRealtimeTranscriber(aclient) as stt:
        with pytest.raises(WebSocketTimeoutError):
            await stt.receive(timeout=0.2)
        with pytest.raises(TimeoutError):  # also the builtin one
            await stt.receive(timeout=0.05)


# -- conversation faults


async def _conversation(websocket: Any, *frames: str) -> None:
    await receive(websocket)  # conversation_initiation_client_data
    await websocket.send(METADATA)
    for frame in frames:
        await websocket.send(frame)
    await hold_open(websocket)


def test_pings_get_pongs_and_tool_errors_are_reported(server: ScriptedRealtimeServer, client: ElevenLabs) -> None:
    ping = json.dumps({"type": "ping", "ping_event": {"event_id": 7, "ping_ms": 30}})
    call = {"tool_name": "weather", "tool_call_id": "call_1", "parameters": {"city": "Oslo"}, "event_id": 8}
    missing = {"tool_name": "nope", "tool_call_id": "call_2", "parameters": {}}
    server.script = lambda ws: _conversation(
        ws,
        ping,
        json.dumps({"type": "client_tool_call", "client_tool_call": call}),
        json.dumps({"type": "client_tool_call", "client_tool_call": missing}),
    )

    def weather(parameters: dict[str, Any]) -> str:
        raise RuntimeError(f"no forecast for {parameters['city']}")

    with Conversation(client, "agent", client_tools={"weather": weather}) as conversation:
        events = [conversation.receive(5) for _ in range(4)]
        assert isinstance(events[1], WsConvaiPing)
    server.closed_with()
    frames = server.last.frames
    assert {"type": "pong", "event_id": 7} in frames
    results = {frame["tool_call_id"]: frame for frame in frames if frame.get("type") == "client_tool_result"}
    assert results["call_1"] == {
        "type": "client_tool_result",
        "tool_call_id": "call_1",
        "result": "RuntimeError: no forecast for Oslo",
        "is_error": True,
    }
    assert results["call_2"]["is_error"] is True and "nope" in results["call_2"]["result"]


async def test_async_conversation_errors_and_a_silent_agent(
    server: ScriptedRealtimeServer, aclient: AsyncElevenLabs
) -> None:
    error = {"type": "error", "error_event": {"message": "quota", "code": 1008, "error_type": "quota_exceeded"}}
    server.script = lambda ws: _conversation(ws, json.dumps(error))
    async with AsyncConversation(aclient, "agent") as conversation:
        with pytest.raises(ConversationError) as caught:
            async for _event in conversation:
                pass
    assert caught.value.error_type == "quota_exceeded" and caught.value.code == 1008

    server.script = _conversation
    async with AsyncConversation(aclient, "agent") as conversation:
        await conversation.receive(5)  # the metadata
        assert conversation.conversation_id == "conv_1"
        with pytest.raises(WebSocketTimeoutError):
            await conversation.receive(timeout=0.2)
    assert server.closed_with() == 1000


async def test_async_tool_runs_are_cancelled_at_the_end(
    server: ScriptedRealtimeServer, aclient: AsyncElevenLabs
) -> None:
    call = {"tool_name": "slow", "tool_call_id": "call_1", "parameters": {}}
    server.script = lambda ws: _conversation(ws, json.dumps({"type": "client_tool_call", "client_tool_call": call}))
    started = asyncio.Event()

    async def slow(parameters: dict[str, Any]) -> str:
        started.set()
        await asyncio.sleep(60)
        return "late"

    async with AsyncConversation(aclient, "agent", client_tools={"slow": slow}, close_timeout=0.2) as conversation:
        await conversation.receive(5)
        await conversation.receive(5)
        await asyncio.wait_for(started.wait(), 5)
    assert not [task for task in asyncio.all_tasks() if "elevenlabs-ext" in task.get_name()]
