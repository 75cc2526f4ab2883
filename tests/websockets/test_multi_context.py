"""multi-stream-input end to end: contexts created, fed, flushed, kept alive and closed;
interleaved frames never reach the wrong context, sync or async."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import pytest

from elevenlabs_ext import (
    AsyncElevenLabs,
    AsyncMultiContextSocket,
    AudioChunk,
    ElevenLabs,
    MultiContextSocket,
    WebSocketClosedError,
    WebSocketProtocolError,
    WebSocketStateError,
)

from .conftest import VOICE
from .server import Script, ScriptedServer, Session, audio_for

WAIT = 5.0


def payloads(chunks: list[AudioChunk]) -> list[bytes]:
    return [chunk.audio for chunk in chunks if not chunk.is_final]


def interleaving(contexts: int) -> Script:
    """A script that waits until ``contexts`` contexts have had their text and been closed,
    then answers them all with frames interleaved context by context (a1 b1 c1 a2 b2 c2 ...),
    then each context's final."""

    async def interleaved(session: Session) -> None:
        texts: dict[str, list[str]] = {}
        closed: list[str] = []
        async for message in session:
            kind = type(message).__name__
            if kind == "WsInitializeContext":
                texts[message.context_id] = []
            elif kind == "WsSendContextText":
                texts[message.context_id].append(message.text)
            elif kind == "WsCloseContext":
                closed.append(message.context_id)
                if len(closed) == contexts:
                    break
        rounds = max(len(pieces) for pieces in texts.values())
        for index in range(rounds):
            for context_id, pieces in texts.items():
                if index < len(pieces):
                    await session.audio(audio_for(f"{context_id}:{pieces[index]}"), context_id=context_id)
        for context_id in texts:
            await session.final(context_id)
        await session.ws.wait_closed()

    return interleaved


# ------------------------------------------------------------------ routing


def test_sync_interleaved_frames_are_routed_by_context(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = interleaving(2)
    with MultiContextSocket(client, VOICE, output_format="pcm_24000") as socket:
        a = socket.create_context("a", voice_settings={"stability": 0.1})
        b = socket.create_context("b", voice_settings={"stability": 0.9, "speed": 1.2})
        for index in range(3):
            a.send_text(f"a{index} ")
            b.send_text(f"b{index} ")
        a.close()
        b.close()
        # Reading b first: a's frames, which arrive first, wait for a's reader.
        b_chunks = list(b)
        a_chunks = list(a)
        assert a.state == b.state == "done"
    assert payloads(a_chunks) == [audio_for(f"a:a{i} ") for i in range(3)]
    assert payloads(b_chunks) == [audio_for(f"b:b{i} ") for i in range(3)]
    assert {c.context_id for c in a_chunks} == {"a"} and {c.context_id for c in b_chunks} == {"b"}
    assert a_chunks[-1].is_final and b_chunks[-1].is_final
    settings = [
        m.voice_settings.to_dict() for m in ws_server.last.messages if type(m).__name__ == "WsInitializeContext"
    ]
    assert settings == [{"stability": 0.1}, {"stability": 0.9, "speed": 1.2}]


def test_sync_socket_level_reading_gives_every_context_in_arrival_order(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    ws_server.script = interleaving(2)
    with MultiContextSocket(client, VOICE) as socket:
        for name in ("x", "y"):
            context = socket.create_context(name)
            context.send_text(f"{name}1 ")
            context.send_text(f"{name}2 ")
            context.close()
        received = []
        while len([entry for entry in received if entry[2]]) < 2:
            chunk = socket.receive(timeout=WAIT)
            assert chunk is not None
            received.append((chunk.context_id, chunk.audio, chunk.is_final))
    assert received == [
        ("x", audio_for("x:x1 "), False),
        ("y", audio_for("y:y1 "), False),
        ("x", audio_for("x:x2 "), False),
        ("y", audio_for("y:y2 "), False),
        ("x", b"", True),
        ("y", b"", True),
    ]


def test_sync_contexts_read_from_several_threads(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = interleaving(4)
    results: dict[str, list[bytes]] = {}
    with MultiContextSocket(client, VOICE) as socket:
        contexts = [socket.create_context(f"t{index}") for index in range(4)]
        for context in contexts:
            for piece in range(5):
                context.send_text(f"{piece} ")
            context.close()

        def read(context_id: str) -> None:
            results[context_id] = payloads(list(socket.context(context_id)))

        threads = [threading.Thread(target=read, args=(c.id,)) for c in contexts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT)
    assert results == {f"t{i}": [audio_for(f"t{i}:{p} ") for p in range(5)] for i in range(4)}


async def test_async_per_context_iterators_never_mix(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    ws_server.script = interleaving(3)
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        contexts = [await socket.create_context() for _ in range(3)]
        assert [c.id for c in contexts] == ["ctx-1", "ctx-2", "ctx-3"]
        for context in contexts:
            for piece in range(4):
                await context.send_text(f"p{piece} ")
            await context.aclose()

        async def collect(context_index: int) -> list[AudioChunk]:
            return [chunk async for chunk in contexts[context_index]]

        results = await asyncio.gather(*(collect(index) for index in range(3)))
    for context, chunks in zip(contexts, results, strict=True):
        assert payloads(chunks) == [audio_for(f"{context.id}:p{piece} ") for piece in range(4)]
        assert {chunk.context_id for chunk in chunks} == {context.id}
        assert chunks[-1].is_final


async def test_async_context_stream_sends_tokens_and_yields_only_its_audio(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def tokens(prefix: str) -> AsyncIterator[str]:
        for index in range(3):
            yield f"{prefix}{index} "
            await asyncio.sleep(0)

    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        first = await socket.create_context("first")
        second = await socket.create_context("second", voice_settings={"speed": 0.9})

        async def speak(context_id: str) -> list[bytes]:
            context = socket.context(context_id)
            return payloads([chunk async for chunk in context.stream(tokens(context_id))])

        one, two = await asyncio.gather(speak(first.id), speak(second.id))
        await socket.end_input()
        assert [chunk async for chunk in socket] == []
    assert one == [audio_for(f"first{i} ") for i in range(3)]
    assert two == [audio_for(f"second{i} ") for i in range(3)]
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "server" and ws_server.last.close_code == 1000


def test_sync_context_stream(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    with MultiContextSocket(client, VOICE) as socket:
        context = socket.create_context()
        chunks = list(context.stream(iter(["one ", "two "])))
        assert payloads(chunks) == [audio_for("one "), audio_for("two ")]
        assert chunks[-1].is_final
        assert context.state == "done"


# ------------------------------------------------------------------ the other messages


async def test_async_flush_keep_alive_reuse_and_end_input(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        context = await socket.create_context("turn", text="Hello ")
        greeting = await context.receive()
        await context.keep_alive()
        await context.flush()
        flushed = await context.receive()
        await context.send_text("and more ", flush=True)
        more = await context.receive()
        await socket.close_context("turn")
        final = await context.receive()
        assert await context.receive() is None
        with pytest.raises(WebSocketStateError, match="done"):
            await context.send_text("late ")
        again = await socket.create_context("turn")  # a finished id starts a new context
        await again.send_text("second life ")
        second = await again.receive()
        await socket.end_input()
        rest = [chunk async for chunk in socket]
    assert greeting is not None and greeting.audio == audio_for("Hello ")
    assert flushed is not None and flushed.audio == audio_for("<flush>")
    assert more is not None and more.audio == audio_for("and more ")
    assert final is not None and final.is_final
    assert second is not None and second.audio == audio_for("second life ")
    assert [(c.context_id, c.is_final) for c in rest] == [("turn", True)]
    assert ws_server.last.kinds == [
        "WsInitializeContext",
        "WsKeepContextAlive",
        "WsFlushContext",
        "WsSendContextText",
        "WsCloseContext",
        "WsInitializeContext",
        "WsSendContextText",
        "WsCloseSocket",
    ]


def test_sync_misuse_is_refused_before_sending(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    with MultiContextSocket(client, VOICE) as socket:
        socket.create_context("a")
        with pytest.raises(WebSocketStateError, match="already open"):
            socket.create_context("a")
        with pytest.raises(WebSocketStateError, match="never opened"):
            socket.send_text("b", "hi ")
        with pytest.raises(WebSocketStateError, match="never opened"):
            socket.receive("b")
        with pytest.raises(WebSocketStateError, match="never opened"):
            socket.context("b")
        assert [c.id for c in socket.contexts] == ["a"]
    ws_server.until(lambda: ws_server.last.closed)
    assert ws_server.last.kinds == ["WsInitializeContext"]


# ------------------------------------------------------------------ misbehaving service


async def test_async_audio_for_an_unknown_context_raises(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    async def stray(session: Session) -> None:
        await session.receive()
        await session.send('{"audio": "AAAA", "contextId": "someone-else"}')
        await session.ws.wait_closed()

    ws_server.script = stray
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        context = await socket.create_context("mine")
        with pytest.raises(WebSocketProtocolError, match="someone-else"):
            await context.receive()
        with pytest.raises(WebSocketProtocolError):  # every reader learns it
            await socket.receive()
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.close_code == 1002


def test_sync_close_mid_stream_reaches_every_context_reader(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    async def fail(session: Session) -> None:
        await session.receive()
        await session.receive()
        await session.audio(b"one", context_id="a")
        await session.close(1011, "synthesis failed")

    ws_server.script = fail
    with MultiContextSocket(client, VOICE) as socket:
        a = socket.create_context("a")
        b = socket.create_context("b")
        first = a.receive(timeout=WAIT)
        assert first is not None and first.audio == b"one"
        with pytest.raises(WebSocketClosedError) as caught:
            b.receive(timeout=WAIT)
        assert (caught.value.code, caught.value.reason) == (1011, "synthesis failed")
        with pytest.raises(WebSocketClosedError):
            a.receive(timeout=WAIT)


async def test_async_error_message_reaches_waiting_contexts(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def error(session: Session) -> None:
        await session.receive()
        await session.receive()
        await asyncio.sleep(0.01)
        await session.error("Context inactive for 20 seconds", error="input_timeout_exceeded")
        await session.close(1008, "timeout")

    ws_server.script = error
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        contexts = [await socket.create_context(), await socket.create_context()]

        async def read(index: int) -> BaseException | None:
            try:
                await contexts[index].receive()
            except WebSocketClosedError as caught:
                return caught
            return None

        errors = await asyncio.gather(read(0), read(1))
    assert all(isinstance(e, WebSocketClosedError) and e.error == "input_timeout_exceeded" for e in errors)


async def test_async_cancelling_a_context_reader_leaves_the_others_working(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = interleaving(2)
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        a = await socket.create_context("a")
        b = await socket.create_context("b")
        stuck = asyncio.get_running_loop().create_task(b.receive())
        await asyncio.sleep(0)
        stuck.cancel()  # while it may hold the reader role
        with pytest.raises(asyncio.CancelledError):
            await stuck
        await a.send_text("x ")
        await b.send_text("y ")
        await a.aclose()
        await b.aclose()
        got_a = [c async for c in a]
        got_b = [c async for c in b]
    assert payloads(got_a) == [audio_for("a:x ")]
    assert payloads(got_b) == [audio_for("b:y ")]


async def test_async_closing_the_socket_ends_context_iteration(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async def silent(session: Session) -> None:
        await session.ws.wait_closed()

    ws_server.script = silent
    socket = await AsyncMultiContextSocket(aclient, VOICE).open()
    context = await socket.create_context()
    reader = asyncio.get_running_loop().create_task(context.receive())
    await asyncio.sleep(0.01)
    await socket.aclose()
    async with asyncio.timeout(WAIT):
        assert await reader is None
    await ws_server.auntil(lambda: ws_server.last.closed)
    assert ws_server.last.closed_by == "client"


def audio_after(gate: threading.Event, *contexts: str) -> Script:
    """Once three contexts are open and ``gate`` is set: one frame ``for <context>`` each."""

    async def script(session: Session) -> None:
        for _ in range(3):
            await session.receive()
        await asyncio.to_thread(gate.wait, WAIT)
        for context_id in contexts:
            await session.audio(f"for {context_id}".encode(), context_id=context_id)
        await session.ws.wait_closed()

    return script


async def test_async_a_cancelled_waiter_never_blocks_the_hand_over(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    gate = threading.Event()
    ws_server.script = audio_after(gate, "a", "c")
    loop = asyncio.get_running_loop()
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        a, b, c = [await socket.create_context(name) for name in "abc"]
        reader = loop.create_task(a.receive())  # reads the wire
        await asyncio.sleep(0)
        waiter_b = loop.create_task(b.receive())
        waiter_c = loop.create_task(c.receive())
        await asyncio.sleep(0)
        waiter_b.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter_b
        gate.set()
        async with asyncio.timeout(WAIT):
            got_a = await reader
            got_c = await waiter_c  # the reader handed over to c, not to b's abandoned wait
    assert got_a is not None and got_a.audio == b"for a"
    assert got_c is not None and got_c.audio == b"for c"


async def test_async_a_waiter_cancelled_after_being_handed_the_wire_passes_it_on(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    gate = threading.Event()
    ws_server.script = audio_after(gate, "b", "c")
    loop = asyncio.get_running_loop()
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        a, b, c = [await socket.create_context(name) for name in "abc"]

        async def read_b_then_cancel_a() -> AudioChunk | None:
            chunk = await b.receive()  # b's reader stops here and hands the wire to a...
            waiter_a.cancel()  # ...which is cancelled before it can run
            return chunk

        reader = loop.create_task(read_b_then_cancel_a())
        await asyncio.sleep(0)
        waiter_a = loop.create_task(a.receive())
        waiter_c = loop.create_task(c.receive())
        await asyncio.sleep(0)
        gate.set()
        async with asyncio.timeout(WAIT):
            got_b = await reader
            with pytest.raises(asyncio.CancelledError):
                await waiter_a
            got_c = await waiter_c  # a passed the wire on instead of taking it away
    assert got_b is not None and got_b.audio == b"for b"
    assert got_c is not None and got_c.audio == b"for c"


async def test_async_a_reader_routes_every_frame_already_received_before_returning(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    # received_frames() reads websockets' own queue of received frames; if a release moves
    # it, readers silently fall back to stopping at their own chunk, and this test says so.
    from elevenlabs_ext._websockets._tasks import received_frames

    async def burst(session: Session) -> None:
        for _ in range(2):
            await session.receive()
        await session.audio(b"a1", context_id="a")
        for index in range(3):
            await session.audio(f"b{index}".encode(), context_id="b")
        await session.ws.wait_closed()

    ws_server.script = burst
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        a, b = [await socket.create_context(name) for name in "ab"]
        backlog = received_frames(socket._connection)
        await ws_server.auntil(lambda: len(backlog) == 4)
        first = await a.receive()
        assert first is not None and first.audio == b"a1"
        assert len(backlog) == 0  # b's three frames were routed on the way, not left on the wire
        assert len(socket._queue) == 3
        got_b = [await b.receive() for _ in range(3)]
    assert [chunk.audio for chunk in got_b if chunk is not None] == [b"b0", b"b1", b"b2"]
