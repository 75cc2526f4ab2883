"""Our agent conversation client (``Conversation`` and its async twin) against the emulator."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from elevenlabs_api.models import (
    WsConvaiAgentResponse,
    WsConvaiAudio,
    WsConvaiClientToolCall,
    WsConvaiInitiationMetadata,
    WsConvaiUserTranscript,
)

from elevenlabs_ext import (
    AsyncConversation,
    AsyncElevenLabs,
    AudioDeviceUnavailableError,
    Conversation,
    ConversationError,
    DeviceAudioInterface,
    ElevenLabs,
    InMemoryAudioInterface,
    WebSocketStateError,
)
from elevenlabs_ext.emulator import Emulator

from .conftest import speech

QUESTION = "Where is my order number forty two?"
REPLY = "Your order ships tomorrow."


def _user_pcm(client: ElevenLabs, text: str) -> bytes:
    # Then a second of silence: the agent's turn detection needs the user to stop.
    return speech(client, text) + bytes(32000)


@pytest.fixture
def client(emu: Emulator) -> Iterator[ElevenLabs]:
    with emu.client(max_retries=0) as made:
        yield made


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncElevenLabs]:
    async with emu.async_client(max_retries=0) as made:
        yield made


def _agent(emu: Emulator, **settings: Any) -> str:
    return emu.define_agent(
        first_message="Hi.", replies=[REPLY], tool_calls=[("lookup_order", {"order": 42})], **settings
    )


def test_sync_conversation_end_to_end(client: ElevenLabs, emu: Emulator) -> None:
    audio = InMemoryAudioInterface(_user_pcm(client, QUESTION))
    tool_calls: list[tuple[dict[str, Any], str]] = []

    def lookup_order(parameters: dict[str, Any]) -> dict[str, str]:
        tool_calls.append((parameters, threading.current_thread().name))
        return {"status": "shipped"}

    heard: list[tuple[str, str]] = []
    with Conversation(client, _agent(emu), audio=audio, client_tools={"lookup_order": lookup_order}) as conversation:
        conversation.on(
            WsConvaiUserTranscript, lambda e: heard.append(("user", e.user_transcription_event.user_transcript))
        )
        for event in conversation:
            if isinstance(event, WsConvaiAgentResponse):
                heard.append(("agent", event.agent_response_event.agent_response))
            elif isinstance(event, WsConvaiAudio) and ("agent", REPLY) in heard:
                break  # the reply's speech has begun
        assert conversation.conversation_id and conversation.conversation_id.startswith("conv_")
        threads = [thread.name for thread in threading.enumerate() if thread.name.startswith("elevenlabs-ext")]
    assert heard[0] == ("agent", "Hi.") and ("user", QUESTION) in heard
    assert heard.index(("user", QUESTION)) < heard.index(("agent", REPLY))
    assert tool_calls == [({"order": 42}, "elevenlabs-ext tool lookup_order")]
    assert audio.output_audio  # the reply's speech, as 16 kHz PCM
    assert audio.stopped and conversation.closed
    # Threads that ran the tool are joined at the end: none outlives the conversation.
    time.sleep(0.05)
    assert not [t for t in threading.enumerate() if t.name.startswith("elevenlabs-ext") and t.name in threads]
    with pytest.raises(WebSocketStateError):
        conversation.send_user_message("still there?")


async def test_async_conversation_end_to_end_with_an_async_tool_and_callbacks(
    aclient: AsyncElevenLabs, client: ElevenLabs, emu: Emulator
) -> None:
    audio = InMemoryAudioInterface(_user_pcm(client, QUESTION))
    calls: list[dict[str, Any]] = []
    done = asyncio.Event()

    async def lookup_order(parameters: dict[str, Any]) -> str:
        calls.append(parameters)
        await asyncio.sleep(0)
        return "shipped"

    kinds: list[str] = []
    conversation = AsyncConversation(aclient, _agent(emu), audio=audio, client_tools={"lookup_order": lookup_order})
    conversation.on(None, lambda event: kinds.append(type(event).__name__))
    conversation.on(
        WsConvaiAgentResponse, lambda e: done.set() if e.agent_response_event.agent_response == REPLY else None
    )
    await conversation.start()  # reads in a task; the callbacks see everything
    try:
        async with asyncio.timeout(20):
            await done.wait()
    finally:
        await conversation.aclose()
    assert await conversation.wait(5) == conversation.conversation_id
    assert calls == [{"order": 42}]
    assert kinds[0] == "WsConvaiInitiationMetadata"
    assert {"WsConvaiUserTranscript", "WsConvaiClientToolCall", "WsConvaiAudio"} <= set(kinds)
    assert audio.output_audio


def test_text_turns_contextual_updates_feedback_and_activity(client: ElevenLabs, emu: Emulator) -> None:
    agent = emu.define_agent(first_message="Hello.", replies="echo")
    with Conversation(client, agent) as conversation:
        replies = []
        for event in conversation:
            if isinstance(event, WsConvaiAgentResponse):
                replies.append(event.agent_response_event.agent_response)
                if len(replies) == 1:
                    conversation.send_contextual_update("The user is on the pricing page.")
                    conversation.register_user_activity()
                    conversation.send_feedback("like")
                    conversation.send_user_message("Is there a free plan?")
                else:
                    break
    assert replies[0] == "Hello." and "free plan" in replies[1]


def test_a_private_agent_by_signed_url_or_token_without_the_key(client: ElevenLabs, emu: Emulator) -> None:
    agent = emu.define_agent(first_message="Welcome back.", requires_auth=True)
    signed = Conversation.signed_url(client, agent)
    assert signed.startswith("ws://127.0.0.1")
    with ElevenLabs(api_key="sk_wrong", base_url=emu.base_url, max_retries=0) as device:
        with Conversation(device, signed_url=signed) as conversation:
            first = next(event for event in conversation if isinstance(event, WsConvaiAgentResponse))
        assert first.agent_response_event.agent_response == "Welcome back."
        # With only a wrong key, the private agent refuses.
        with pytest.raises(ConversationError) as caught, Conversation(device, agent) as refused:
            for _event in refused:
                pass
        assert "sk_wrong" not in str(caught.value)
        # A conversation token opens it, and no key is sent.
        token = client.get_httpx_client().get("/v1/convai/conversation/token", params={"agent_id": agent}).json()
        with Conversation(device, agent, conversation_token=token["token"]) as conversation:
            first_event = next(iter(conversation))
        assert isinstance(first_event, WsConvaiInitiationMetadata)


class _FakeStream:
    def __init__(self, log: list[str], kind: str, callback: Callable[..., None], blocksize: int) -> None:
        self.log, self.kind, self.callback, self.blocksize = log, kind, callback, blocksize

    def start(self) -> None:
        self.log.append(f"{self.kind} start")

    def stop(self) -> None:
        self.log.append(f"{self.kind} stop")

    def close(self) -> None:
        self.log.append(f"{self.kind} close")


class _FakeSounddevice:
    """What DeviceAudioInterface uses of sounddevice, with no sound card."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.streams: dict[str, _FakeStream] = {}

    def RawInputStream(self, *, callback: Callable[..., None], blocksize: int, **settings: Any) -> _FakeStream:
        assert settings == {"samplerate": 16000, "channels": 1, "dtype": "int16"}
        self.streams["input"] = _FakeStream(self.log, "input", callback, blocksize)
        return self.streams["input"]

    def RawOutputStream(self, *, callback: Callable[..., None], blocksize: int, **settings: Any) -> _FakeStream:
        self.streams["output"] = _FakeStream(self.log, "output", callback, blocksize)
        return self.streams["output"]


def test_the_device_interface_on_an_injected_backend(client: ElevenLabs, emu: Emulator) -> None:
    device = _FakeSounddevice()
    audio = DeviceAudioInterface(backend=device)
    question = _user_pcm(client, QUESTION)
    with Conversation(client, _agent(emu), audio=audio, client_tools={"lookup_order": lambda p: "ok"}) as conversation:
        next(e for e in conversation if isinstance(e, WsConvaiAudio))  # the agent's "Hi." starts
        speaker = device.streams["output"]
        played = bytearray()
        for _ in range(40):  # the device thread pulls 100 ms blocks
            block = bytearray(3200)
            speaker.callback(block, 1600, None, None)
            played += block
        assert any(played)
        microphone = device.streams["input"]
        for at in range(0, len(question), 3200):  # the device thread delivers blocks
            microphone.callback(question[at : at + 3200], 1600, None, None)
        transcript = next(e for e in conversation if isinstance(e, WsConvaiUserTranscript))
    assert transcript.user_transcription_event.user_transcript == QUESTION
    assert device.log == ["input start", "output start", "input stop", "input close", "output stop", "output close"]


def test_without_sounddevice_the_device_interface_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, client: ElevenLabs, emu: Emulator
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import fails as if not installed
    unavailable = pytest.raises(AudioDeviceUnavailableError, match=r"elevenlabs-ext\[voice\]")
    with unavailable, Conversation(client, _agent(emu), audio=DeviceAudioInterface()):
        pass


def test_a_tool_that_raises_is_reported_and_the_conversation_goes_on(client: ElevenLabs, emu: Emulator) -> None:
    def broken(parameters: dict[str, Any]) -> str:
        raise LookupError("order database is down")

    audio = InMemoryAudioInterface(_user_pcm(client, QUESTION))
    with Conversation(client, _agent(emu), audio=audio, client_tools={"lookup_order": broken}) as conversation:
        kinds = []
        for event in conversation:
            kinds.append(type(event))
            if isinstance(event, WsConvaiAgentResponse) and event.agent_response_event.agent_response == REPLY:
                break
    assert WsConvaiClientToolCall in kinds and WsConvaiAudio in kinds


def test_sync_start_reads_in_the_background_until_the_end(client: ElevenLabs, emu: Emulator) -> None:
    agent = emu.define_agent(first_message="Hello.", replies="echo")
    replies: list[str] = []
    answered = threading.Event()

    def on_response(event: WsConvaiAgentResponse) -> None:
        replies.append(event.agent_response_event.agent_response)
        if len(replies) == 1:
            conversation.send_user_message("Testing one two.")
        else:
            answered.set()

    conversation = Conversation(client, agent)
    conversation.on(WsConvaiAgentResponse, on_response)
    conversation.start()
    try:
        assert answered.wait(20)
    finally:
        conversation.close()
    assert conversation.wait(5) == conversation.conversation_id
    assert replies[0] == "Hello." and "one two" in replies[1].lower()
    assert not [t for t in threading.enumerate() if t.name == "elevenlabs-ext conversation"]
