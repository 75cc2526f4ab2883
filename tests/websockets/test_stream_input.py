"""stream-input end to end against the scripted server: sync and async, concurrency,
cancellation and every way the service can misbehave."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator

import pytest

from elevenlabs_ext import (
    AsyncElevenLabs,
    AsyncTextToSpeechSocket,
    AudioChunk,
    ElevenLabs,
    TextToSpeechSocket,
    WebSocketClosedError,
    WebSocketProtocolError,
    WebSocketStateError,
    astream_input,
    stream_input,
)

from .conftest import VOICE
from .server import ScriptedServer, Session, audio_for

WAIT = 5.0  # a safety bound on waits that must end; never an assertion about speed


def audio_of(chunks: list[AudioChunk]) -> list[bytes]:
    return [chunk.audio for chunk in chunks if not chunk.is_final]


# ------------------------------------------------------------------ the normal path


def test_sync_stream_sends_each_piece_and_yields_audio_with_alignment(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    with TextToSpeechSocket(client, VOICE, sync_alignment=True, voice_settings={"stability": 0.4}) as tts:
        chunks = list(tts.stream(["Hello ", "", "world. "]))
    assert audio_of(chunks) == [audio_for("Hello "), audio_for("world. ")]
    assert chunks[-1].is_final and chunks[-1].audio == b""
    alignment = chunks[0].alignment
    assert alignment is not None and alignment.chars == list("Hello ")
    assert ws_server.last.kinds == ["WsInitializeConnection", "WsSendText", "WsSendText", "WsCloseConnection"]
    assert ws_server.last.messages[0].voice_settings.stability == 0.4
    ws_server.until(lambda: ws_server.last.closed)
    assert ws_server.last.close_code == 1000


async def test_async_stream_takes_an_async_iterator_of_tokens(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def tokens() -> AsyncIterator[str]:
        for token in ["One ", "two ", "three. "]:
            yield token

    chunks = [chunk async for chunk in astream_input(tokens(), client=aclient, voice_id=VOICE, model_id="m")]
    assert audio_of(chunks) == [audio_for("One "), audio_for("two "), audio_for("three. ")]
    assert chunks[-1].is_final
    assert ws_server.last.query == {"model_id": "m"}
    await ws_server.auntil(lambda: ws_server.last.closed)


def test_sync_stream_input_of_a_plain_string(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    chunks = list(stream_input("All at once. ", client=client, voice_id=VOICE))
    assert audio_of(chunks) == [audio_for("All at once. ")]
    assert not client._sockets  # the socket unregistered itself when it closed


async def test_async_step_by_step_send_flush_end(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        await tts.send_text("First ", try_trigger_generation=True)
        first = await tts.receive()
        await tts.flush()
        await tts.send_text("second ", flush=True)
        await tts.end_input()
        rest = [chunk async for chunk in tts]
        assert await tts.receive() is None  # over: no more chunks, no error
        with pytest.raises(WebSocketStateError, match="input has ended"):
            await tts.send_text("late ")
    assert first is not None and first.audio == audio_for("First ")
    assert audio_of(rest) == [audio_for(" "), audio_for("second ")]
    assert [m.to_dict() for m in ws_server.last.messages[1:]] == [
        {"text": "First ", "try_trigger_generation": True},
        {"text": " ", "flush": True},
        {"text": "second ", "flush": True},
        {"text": ""},
    ]


def test_sync_sentence_boundaries_hold_text_until_a_sentence_ends(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    chunks = list(stream_input(["Hi", " there.", " Bye"], client=client, voice_id=VOICE, sentence_boundaries=True))
    assert audio_of(chunks) == [audio_for("Hi there. "), audio_for("Bye")]


# ------------------------------------------------------------------ concurrency


def test_sync_first_audio_reaches_the_caller_while_text_is_still_being_sent(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    order: list[str] = []
    got_first_audio = threading.Event()

    def tokens() -> Iterator[str]:
        order.append("piece 1 produced")
        yield "Hello "
        # The next piece exists only once the caller holds audio for the first one: a client
        # that buffered text, or read audio only after the input ended, would stall here.
        assert got_first_audio.wait(WAIT), "no audio reached the caller while the input was open"
        order.append("piece 2 produced")
        yield "world. "

    with TextToSpeechSocket(client, VOICE) as tts:
        for chunk in tts.stream(tokens()):
            if chunk.audio == audio_for("Hello "):
                order.append("audio 1 yielded")
                got_first_audio.set()
    assert order == ["piece 1 produced", "audio 1 yielded", "piece 2 produced"]
    log = ws_server.log
    assert log.index("server: received WsSendText 'Hello '") < log.index("server: received WsSendText 'world. '")
    first_audio = next(i for i, line in enumerate(log) if line.startswith('server: sent {"audio"'))
    assert first_audio < log.index("server: received WsSendText 'world. '")


async def test_async_first_audio_reaches_the_caller_while_text_is_still_being_sent(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    order: list[str] = []
    got_first_audio = asyncio.Event()

    async def tokens() -> AsyncIterator[str]:
        order.append("piece 1 produced")
        yield "Hello "
        async with asyncio.timeout(WAIT):
            await got_first_audio.wait()
        order.append("piece 2 produced")
        yield "world. "

    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        async for chunk in tts.stream(tokens()):
            if chunk.audio == audio_for("Hello "):
                order.append("audio 1 yielded")
                got_first_audio.set()
    assert order == ["piece 1 produced", "audio 1 yielded", "piece 2 produced"]


async def test_async_every_frame_is_yielded_as_it_arrives_not_one_per_text(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    # The official SDK yields at most one frame per text piece while input is open; here the
    # service answers one text with three frames and all three come out before the next text.
    release = asyncio.Event()

    async def three_frames_per_text(session: Session) -> None:
        async for message in session:
            if type(message).__name__ == "WsSendText":
                for index in range(3):
                    await session.audio(audio_for(f"{message.text}#{index}"))
            elif type(message).__name__ == "WsCloseConnection":
                await session.final()
                await session.close()

    ws_server.script = three_frames_per_text
    seen: list[bytes] = []

    async def tokens() -> AsyncIterator[str]:
        yield "a "
        async with asyncio.timeout(WAIT):
            await release.wait()
        yield "b "

    async for chunk in astream_input(tokens(), client=aclient, voice_id=VOICE):
        seen.append(chunk.audio)
        if len(seen) == 3:
            release.set()
    assert seen[:3] == [audio_for("a #0"), audio_for("a #1"), audio_for("a #2")]


# ------------------------------------------------------------------ cancellation


async def _slow_endless(session: Session) -> None:
    """Answers the first text, then keeps sending audio slowly until the client goes away."""
    await session.receive()
    message = await session.receive()
    assert message is not None
    for index in range(1000):
        await session.audio(audio_for(f"frame {index}"))
        await asyncio.sleep(0.01)


def test_sync_breaking_out_closes_the_socket(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = _slow_endless
    for chunk in stream_input(["Go "], client=client, voice_id=VOICE):
        assert chunk.audio == audio_for("frame 0")
        break
    ws_server.until(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"
    assert not client._sockets


async def test_async_breaking_out_closes_the_socket(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    ws_server.script = _slow_endless
    async with contextlib.aclosing(astream_input(["Go "], client=aclient, voice_id=VOICE)) as chunks:
        async for _ in chunks:
            break
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"


async def test_async_breaking_out_without_aclosing_still_closes(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = _slow_endless
    async for _ in astream_input(["Go "], client=aclient, voice_id=VOICE):
        break
    await ws_server.auntil(lambda: ws_server.last.closed)  # closed when the generator is collected
    assert ws_server.last.closed_by == "client"


async def test_async_cancelling_the_task_closes_the_socket(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    ws_server.script = _slow_endless
    first = asyncio.Event()

    async def speak() -> None:
        async for _ in astream_input(["Go "], client=aclient, voice_id=VOICE):
            first.set()

    task = asyncio.get_running_loop().create_task(speak())
    async with asyncio.timeout(WAIT):
        await first.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"
    assert not aclient._sockets


def test_sync_closing_the_client_closes_its_sockets(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    tts = TextToSpeechSocket(client, VOICE).open()
    derived = client.with_options(timeout=3)
    other = TextToSpeechSocket(derived, VOICE).open()
    ws_server.until(lambda: len(ws_server.connections) == 2)
    derived.close()  # a derived client does not own the sockets
    assert not tts.closed and not other.closed
    client.close()
    assert tts.closed and other.closed
    ws_server.until(lambda: all(seen.closed for seen in ws_server.connections))
    assert {seen.closed_by for seen in ws_server.connections} == {"client"}
    assert tts.receive() is None


async def test_async_closing_the_client_closes_its_sockets(ws_server: ScriptedServer) -> None:
    client = AsyncElevenLabs(api_key="k", base_url=ws_server.url)
    tts = await AsyncTextToSpeechSocket(client, VOICE).open()
    await client.aclose()
    assert tts.closed
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"


def test_sync_close_from_another_thread_ends_a_blocked_receive(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = lambda session: session.receive()  # type: ignore[assignment,return-value]
    with TextToSpeechSocket(client, VOICE) as tts:
        threading.Timer(0.05, tts.close).start()
        assert tts.receive(timeout=WAIT) is None


# ------------------------------------------------------------------ misbehaving service


def _after_first_audio(action: str, code: int = 1008) -> object:
    async def script(session: Session) -> None:
        await session.receive()
        message = await session.receive()
        assert message is not None
        await session.audio(audio_for(message.text))
        if action == "close":
            await session.close(code, "policy says no" if code == 1008 else "internal failure")
        elif action == "error":
            await session.error("Have not received a new text input within 20 seconds", error="input_timeout_exceeded")
            await session.close(1008, "timeout")
        elif action == "malformed":
            await session.send("{not json")
        elif action == "wrong-shape":
            await session.send('{"audio": 12, "isFinal": null}')
        elif action == "drop":
            session.drop()
        await session.ws.wait_closed()

    return script


async def _say_and_drain(client: AsyncElevenLabs, text: str) -> list[AudioChunk]:
    async with AsyncTextToSpeechSocket(client, VOICE) as tts:
        await tts.send_text(text)
        return [chunk async for chunk in tts]


@pytest.mark.parametrize("code", [1008, 1011])
def test_sync_service_close_with_error_code_raises_with_code_and_reason(
    ws_server: ScriptedServer, client: ElevenLabs, code: int
) -> None:
    ws_server.script = _after_first_audio("close", code)  # type: ignore[assignment]
    received: list[AudioChunk] = []
    with pytest.raises(WebSocketClosedError) as caught:
        received.extend(stream_input(["Hi ", "there "], client=client, voice_id=VOICE))
    assert audio_of(received) == [audio_for("Hi ")]  # what arrived before the close was yielded
    assert caught.value.code == code
    assert caught.value.reason in ("policy says no", "internal failure")


@pytest.mark.parametrize("code", [1008, 1011])
async def test_async_service_close_with_error_code_raises_with_code_and_reason(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs, code: int
) -> None:
    ws_server.script = _after_first_audio("close", code)  # type: ignore[assignment]
    with pytest.raises(WebSocketClosedError) as caught:
        await _say_and_drain(aclient, "Hi ")
    assert caught.value.code == code


async def test_async_service_error_message_raises_with_its_error_code(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = _after_first_audio("error")  # type: ignore[assignment]
    with pytest.raises(WebSocketClosedError) as caught:
        async for _ in astream_input(["Hi "], client=aclient, voice_id=VOICE):
            pass
    assert caught.value.error == "input_timeout_exceeded"
    assert caught.value.code == 1008
    assert "20 seconds" in caught.value.reason


def test_sync_service_error_message_raises(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = _after_first_audio("error")  # type: ignore[assignment]
    with pytest.raises(WebSocketClosedError, match=r"input_timeout_exceeded"):
        list(stream_input(["Hi "], client=client, voice_id=VOICE))


@pytest.mark.parametrize(("action", "match"), [("malformed", "not JSON"), ("wrong-shape", "audio: expected string")])
async def test_async_malformed_message_raises_and_closes_with_1002(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs, action: str, match: str
) -> None:
    ws_server.script = _after_first_audio(action)  # type: ignore[assignment]
    with pytest.raises(WebSocketProtocolError, match=match):
        await _say_and_drain(aclient, "Hi ")
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert (ws_server.last.closed_by, ws_server.last.close_code) == ("client", 1002)


def test_sync_malformed_message_raises(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = _after_first_audio("malformed")  # type: ignore[assignment]
    with pytest.raises(WebSocketProtocolError, match="not JSON") as caught:
        list(stream_input(["Hi "], client=client, voice_id=VOICE))
    assert caught.value.raw == "{not json"


def test_sync_dropped_connection_raises_1006(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = _after_first_audio("drop")  # type: ignore[assignment]
    with pytest.raises(WebSocketClosedError) as caught:
        list(stream_input(["Hi "], client=client, voice_id=VOICE))
    assert caught.value.code == 1006


async def test_async_service_ending_the_stream_early_is_an_error(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def hang_up(session: Session) -> None:
        await session.receive()
        await session.close(1000, "bye")

    ws_server.script = hang_up
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        with pytest.raises(WebSocketClosedError, match="before the input ended"):
            await tts.receive()
        with pytest.raises(WebSocketClosedError):  # and it stays failed
            await tts.receive()


async def test_async_slow_frames_are_waited_for_and_timeouts_lose_nothing(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    gate = threading.Event()  # set by the test, waited for in the server's thread

    async def slow(session: Session) -> None:
        await session.receive()
        await session.receive()
        await asyncio.to_thread(gate.wait, WAIT)
        await session.audio(b"late")
        await session.final()
        await session.close()

    ws_server.script = slow
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        await tts.send_text("Hi ")
        await tts.end_input()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await tts.receive()
        gate.set()
        chunks = [chunk async for chunk in tts]
    assert audio_of(chunks) == [b"late"]


def test_sync_receive_timeout(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = lambda session: session.receive()  # type: ignore[assignment,return-value]
    with TextToSpeechSocket(client, VOICE) as tts, pytest.raises(TimeoutError):
        tts.receive(timeout=0.05)


def test_sync_failing_text_source_raises_its_own_error_and_closes(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    def tokens() -> Iterator[str]:
        yield "Hello "
        raise RuntimeError("the LLM went away")

    ws_server.script = _slow_endless
    with pytest.raises(RuntimeError, match="LLM went away"):
        list(stream_input(tokens(), client=client, voice_id=VOICE))
    ws_server.until(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"


async def test_async_failing_text_source_raises_its_own_error(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def tokens() -> AsyncIterator[str]:
        yield "Hello "
        raise RuntimeError("the LLM went away")

    ws_server.script = _slow_endless
    with pytest.raises(RuntimeError, match="LLM went away"):
        async for _ in astream_input(tokens(), client=aclient, voice_id=VOICE):
            pass


def test_sync_state_errors(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    tts = TextToSpeechSocket(client, VOICE)
    with pytest.raises(WebSocketStateError, match="not open"):
        tts.send_text("x ")
    with tts:
        with pytest.raises(ValueError, match="must not be empty"):
            tts.send_text("")
        tts.end_input()
        list(tts)
    with pytest.raises(WebSocketStateError, match="closed"):
        tts.open()


async def _audio_then_close_1011(session: Session) -> None:
    await session.receive()
    await session.receive()
    await session.audio(b"before the close")
    await session.close(1011, "synthesis failed")


def test_sync_audio_sent_before_a_close_is_still_delivered_after_a_failed_send(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    ws_server.script = _audio_then_close_1011
    with TextToSpeechSocket(client, VOICE) as tts:
        tts.send_text("Hi ")
        ws_server.until(lambda: bool(ws_server.connections) and ws_server.last.closed)
        with pytest.raises(WebSocketClosedError) as on_send:
            tts.send_text("more ")  # the sender learns of the close first...
        assert on_send.value.code == 1011
        chunk = tts.receive()  # ...but the audio that came before it is not lost
        assert chunk is not None and chunk.audio == b"before the close"
        with pytest.raises(WebSocketClosedError) as on_receive:
            tts.receive()
        assert (on_receive.value.code, on_receive.value.reason) == (1011, "synthesis failed")


async def test_async_audio_sent_before_a_close_is_still_delivered_after_a_failed_send(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = _audio_then_close_1011
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        await tts.send_text("Hi ")
        await ws_server.auntil(lambda: bool(ws_server.connections) and ws_server.last.closed)
        with pytest.raises(WebSocketClosedError):
            await tts.send_text("more ")
        chunk = await tts.receive()
        assert chunk is not None and chunk.audio == b"before the close"
        with pytest.raises(WebSocketClosedError, match="synthesis failed"):
            await tts.receive()
