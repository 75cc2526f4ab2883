"""The agent conversation socket, driven by the official SDK's Conversation classes."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from elevenlabs import ElevenLabs
from elevenlabs.conversational_ai.conversation import (
    AsyncAudioInterface,
    AsyncConversation,
    AudioInterface,
    ClientTools,
    Conversation,
)

from elevenlabs_ext.emulator import Emulator

from .conftest import VOICE

QUESTION = "Where is my order number forty two?"


def _user_pcm(emu: Emulator, text: str) -> bytes:
    sdk = ElevenLabs(api_key=emu.api_key, base_url=emu.base_url)
    with sdk._client_wrapper.httpx_client.httpx_client:  # the SDK never closes its own httpx client
        return b"".join(sdk.text_to_speech.convert(VOICE, text=text, output_format="pcm_16000"))


class _Microphone(AudioInterface):
    """Says ``pcm`` (in 100 ms chunks), then sends silence; keeps what the agent says."""

    def __init__(self, pcm: bytes) -> None:
        self.pcm = pcm
        self.played: list[bytes] = []
        self.interruptions = 0
        self._stop = threading.Event()

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        def run() -> None:
            time.sleep(1.2)  # let the first message finish "playing"
            for at in range(0, len(self.pcm), 3200):
                input_callback(self.pcm[at : at + 3200])
            while not self._stop.wait(0.05):
                input_callback(bytes(1600))

        threading.Thread(target=run, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def output(self, audio: bytes) -> None:
        self.played.append(audio)

    def interrupt(self) -> None:
        self.interruptions += 1


def _wait(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_sync_conversation_end_to_end_with_a_client_tool(emu: Emulator) -> None:
    agent_id = emu.define_agent(
        first_message="Hi.", replies=["Your order ships tomorrow."], tool_calls=[("lookup_order", {"order": 42})]
    )
    heard: list[tuple[str, Any]] = []
    tools = ClientTools()
    tools.register("lookup_order", lambda parameters: heard.append(("tool", parameters)) or "shipped")
    microphone = _Microphone(_user_pcm(emu, QUESTION))
    # No key: a public agent needs none, though this emulator checks keys.
    conversation = Conversation(
        ElevenLabs(api_key="", base_url=emu.base_url),
        agent_id,
        requires_auth=False,
        audio_interface=microphone,
        client_tools=tools,
        callback_agent_response=lambda text: heard.append(("agent", text)),
        callback_user_transcript=lambda text: heard.append(("user", text)),
    )
    conversation.start_session()
    try:
        _wait(lambda: ("agent", "Your order ships tomorrow.") in heard)
        # The reply's audio follows its text: over a second of 16 kHz 16-bit speech beyond "Hi.".
        _wait(lambda: sum(len(chunk) for chunk in microphone.played) > 48000)
    finally:
        conversation.end_session()
        conversation_id = conversation.wait_for_session_end()
    assert conversation_id and conversation_id.startswith("conv_")
    assert heard[0] == ("agent", "Hi.")
    assert ("user", QUESTION) in heard  # the emulator's own speech: recognised exactly
    tool = next(value for kind, value in heard if kind == "tool")
    assert tool["order"] == 42 and tool["tool_call_id"]
    assert heard.index(("user", QUESTION)) < heard.index(("agent", "Your order ships tomorrow."))


class _AsyncMicrophone(AsyncAudioInterface):
    def __init__(self, pcm: bytes) -> None:
        self.pcm = pcm
        self.played = 0
        self.interruptions = 0
        self._task: asyncio.Task[None] | None = None

    async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        async def run() -> None:
            await asyncio.sleep(0.3)  # talk over the agent's first message
            for at in range(0, len(self.pcm), 3200):
                await input_callback(self.pcm[at : at + 3200])
            while True:
                await input_callback(bytes(1600))
                await asyncio.sleep(0.05)

        self._task = asyncio.create_task(run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def output(self, audio: bytes) -> None:
        self.played += len(audio)

    async def interrupt(self) -> None:
        self.interruptions += 1


async def test_async_conversation_with_a_signed_url_and_an_interruption(emu: Emulator) -> None:
    # A private agent created through the API, with its first message and client tool from its config.
    headers = {"xi-api-key": emu.api_key}
    config = {
        "conversation_config": {
            "agent": {
                "first_message": "Welcome to the long and winding support line, how may I help you today?",
                "prompt": {"tools": [{"type": "client", "name": "open_ticket", "description": "Open a ticket"}]},
            }
        },
        "platform_settings": {"auth": {"enable_auth": True}},
        "name": "Support",
    }
    async with httpx.AsyncClient(base_url=emu.base_url, headers=headers) as http:
        agent_id = (await http.post("/v1/convai/agents/create", json=config)).json()["agent_id"]
        listed = (await http.get("/v1/convai/agents")).json()
    assert [agent["agent_id"] for agent in listed["agents"]] == [agent_id]
    pcm = await asyncio.to_thread(_user_pcm, emu, QUESTION)
    events: list[tuple[str, Any]] = []
    tools = ClientTools()
    tools.register("open_ticket", lambda parameters: events.append(("tool", parameters)) or "ticket 7")
    microphone = _AsyncMicrophone(pcm)
    # AsyncConversation fetches the signed URL with a synchronous client.
    sdk = ElevenLabs(api_key=emu.api_key, base_url=emu.base_url)
    conversation = AsyncConversation(
        sdk,
        agent_id,
        requires_auth=True,  # the SDK asks get-signed-url for a ws:// URL of the emulator
        audio_interface=microphone,
        client_tools=tools,
        callback_agent_response=lambda text: _record(events, "agent", text),
        callback_agent_response_correction=lambda original, corrected: _record(events, "correction", corrected),
        callback_user_transcript=lambda text: _record(events, "user", text),
    )
    await conversation.start_session()
    try:
        for _ in range(400):
            if any(kind == "agent" and "You said" in str(text) for kind, text in events):
                break
            await asyncio.sleep(0.05)
    finally:
        await conversation.end_session()
        await conversation.wait_for_session_end()
        sdk._client_wrapper.httpx_client.httpx_client.close()
    assert ("user", QUESTION) in events
    assert ("agent", f"You said: {QUESTION}") in events
    assert any(kind == "tool" for kind, _ in events)
    assert microphone.interruptions == 1
    corrected = next(text for kind, text in events if kind == "correction")
    assert len(corrected) < len(config["conversation_config"]["agent"]["first_message"])  # type: ignore[index]


async def _record(events: list[tuple[str, Any]], kind: str, value: Any) -> None:
    events.append((kind, value))


async def test_private_agent_refuses_a_bare_connection(emu: Emulator) -> None:
    import json

    import websockets

    agent_id = emu.define_agent(requires_auth=True)
    url = emu.base_url.replace("http://", "ws://") + f"/v1/convai/conversation?agent_id={agent_id}"
    async with websockets.connect(url) as socket:
        message = json.loads(await asyncio.wait_for(socket.recv(), 10))
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(socket.recv(), 10)
    assert message["type"] == "error"
    assert socket.close_code == 1008


async def test_text_only_protocol_pings_and_bad_messages(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """The wire as sockets.yaml describes it, without the SDK: every server message checks against it."""
    import json

    import websockets

    from elevenlabs_ext._websockets._schema import load_schemas
    from elevenlabs_ext.emulator import _conversation

    monkeypatch.setattr(_conversation, "PING_SECONDS", 0.2)
    schemas = load_schemas()
    names = {
        "conversation_initiation_metadata": "WsConvaiInitiationMetadata",
        "agent_response": "WsConvaiAgentResponse",
        "internal_tentative_agent_response": "WsConvaiTentativeAgentResponse",
        "ping": "WsConvaiPing",
        "error": "WsConvaiError",
        "audio": "WsConvaiAudio",
    }
    agent_id = emu.define_agent(first_message="", replies=lambda text: text.upper())
    url = emu.base_url.replace("http://", "ws://") + f"/v1/convai/conversation?agent_id={agent_id}"
    received: list[dict[str, Any]] = []
    async with websockets.connect(url) as socket:
        await socket.send(
            json.dumps(
                {
                    "type": "conversation_initiation_client_data",
                    "conversation_config_override": {"conversation": {"text_only": True}},
                    "dynamic_variables": {"name": "Ada"},
                    "source_info": {"source": "test", "version": "1"},
                }
            )
        )
        await socket.send(json.dumps({"type": "contextual_update", "text": "The user is on the pricing page."}))
        await socket.send(json.dumps({"type": "user_message", "text": "hello there"}))
        await socket.send(json.dumps({"type": "no_such_message"}))
        pongs = 0
        async with asyncio.timeout(10):
            while pongs < 2:
                message = json.loads(await socket.recv())
                received.append(message)
                schemas.check(names[message["type"]], message)
                if message["type"] == "ping":
                    pongs += 1
                    await socket.send(json.dumps({"type": "pong", "event_id": message["ping_event"]["event_id"]}))
        await socket.send(json.dumps({"type": "feedback", "score": "like", "event_id": 2}))
    kinds = [message["type"] for message in received]
    assert kinds[0] == "conversation_initiation_metadata"
    responses = [
        message["agent_response_event"]["agent_response"] for message in received if message["type"] == "agent_response"
    ]
    assert responses == ["HELLO THERE"]
    assert "audio" not in kinds  # text only
    errors = [message for message in received if message["type"] == "error"]
    assert len(errors) == 1 and "no_such_message" in errors[0]["error_event"]["message"]
    pings = [message["ping_event"] for message in received if message["type"] == "ping"]
    assert pings[0]["ping_ms"] is None and isinstance(pings[1]["ping_ms"], int)  # measured from the first pong


async def test_a_frame_nested_too_deeply_is_an_error_event_and_the_conversation_goes_on(emu: Emulator) -> None:
    import json

    import websockets

    agent_id = emu.define_agent(first_message="", replies=lambda text: text.upper())
    url = emu.base_url.replace("http://", "ws://") + f"/v1/convai/conversation?agent_id={agent_id}"
    received: list[dict[str, Any]] = []
    async with websockets.connect(url, max_size=None) as socket:
        await socket.send(
            json.dumps(
                {
                    "type": "conversation_initiation_client_data",
                    "conversation_config_override": {"conversation": {"text_only": True}},
                }
            )
        )
        await socket.send("[" * 100_000)
        await socket.send(json.dumps({"type": "user_message", "text": "still here"}))
        async with asyncio.timeout(10):
            while not any(message["type"] == "agent_response" for message in received):
                received.append(json.loads(await socket.recv()))
    errors = [message["error_event"]["message"] for message in received if message["type"] == "error"]
    assert errors == ["The message is not JSON (or is nested too deeply)."]
    assert received[-1]["agent_response_event"]["agent_response"] == "STILL HERE"
