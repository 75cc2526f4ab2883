"""Faults a socket reports as what they are: a frame over ``max_size`` (1009, not "the service
closed"), one context's failing text (the others finish), concurrent readers (a state error,
never a bare RuntimeError)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import pytest

from elevenlabs_ext import (
    AsyncElevenLabs,
    AsyncMultiContextSocket,
    AsyncTextToSpeechSocket,
    ElevenLabs,
    MultiContextSocket,
    TextToSpeechSocket,
    WebSocketClosedError,
    WebSocketStateError,
)

from .conftest import VOICE
from .server import ScriptedServer, Session, audio_for

BIG = b"\x01" * 4096  # base64 of it is over the 2 KiB max_size the tests set


async def _one_big_frame(session: Session) -> None:
    async for message in session:
        if type(message).__name__ in ("WsSendText", "WsSendContextText"):
            context_id = getattr(message, "context_id", None)
            await session.audio(BIG, context_id=context_id if isinstance(context_id, str) else None)


def _assert_too_big(error: WebSocketClosedError) -> None:
    assert error.code == 1009
    assert "message too big" in str(error) and "max_size" in str(error)
    assert "the service closed" not in str(error)


def test_sync_a_frame_over_max_size_is_reported_as_too_big(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = _one_big_frame
    with TextToSpeechSocket(client, VOICE, max_size=2048) as tts:
        tts.send_text("Hello ")
        with pytest.raises(WebSocketClosedError) as raised:
            tts.receive(timeout=5)
    _assert_too_big(raised.value)


async def test_async_a_frame_over_max_size_is_reported_as_too_big(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = _one_big_frame
    async with AsyncMultiContextSocket(aclient, VOICE, max_size=2048) as socket:
        context = await socket.create_context("a")
        await context.send_text("Hello ")
        with pytest.raises(WebSocketClosedError) as raised:
            async with asyncio.timeout(5):
                await context.receive()
    _assert_too_big(raised.value)


def _failing_tokens() -> Iterator[str]:
    yield "first words "
    raise ValueError("the token source broke")


async def _afailing_tokens() -> AsyncIterator[str]:
    yield "first words "
    raise ValueError("the token source broke")


GOOD = ["one ", "two ", "three "]


def test_sync_one_contexts_failing_text_leaves_the_others_complete(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    with MultiContextSocket(client, VOICE) as socket:
        bad = socket.create_context("bad")
        good = socket.create_context("good")
        good_audio: list[bytes] = []
        good_done = threading.Event()
        bad_failed = threading.Event()

        def good_tokens() -> Iterator[str]:
            yield GOOD[0]
            bad_failed.wait(5)  # the rest comes only after the other context's text failed
            yield from GOOD[1:]

        def read_good() -> None:
            good_audio.extend(chunk.audio for chunk in good.stream(good_tokens()) if not chunk.is_final)
            good_done.set()

        reader = threading.Thread(target=read_good)
        reader.start()
        with pytest.raises(ValueError, match="token source broke"):
            list(bad.stream(_failing_tokens()))
        bad_failed.set()
        reader.join(5)
        assert good_done.is_set()
        assert good_audio == [audio_for(text) for text in GOOD]  # complete, not cut short
        assert bad.state == "done" and good.state == "done"
        assert not socket.closed  # the socket is still usable
        again = socket.create_context("again")
        assert [chunk.audio for chunk in again.stream(["more "]) if not chunk.is_final] == [audio_for("more ")]


async def test_async_one_contexts_failing_text_leaves_the_others_complete(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    async with AsyncMultiContextSocket(aclient, VOICE) as socket:
        bad = await socket.create_context("bad")
        good = await socket.create_context("good")

        bad_failed = asyncio.Event()

        async def read_bad() -> None:
            try:
                async for _ in bad.stream(_afailing_tokens()):
                    pass
            finally:
                bad_failed.set()

        async def good_tokens() -> AsyncIterator[str]:
            yield GOOD[0]
            await bad_failed.wait()  # the rest comes only after the other context's text failed
            for token in GOOD[1:]:
                yield token

        async def read_good() -> list[bytes]:
            return [chunk.audio async for chunk in good.stream(good_tokens()) if not chunk.is_final]

        async with asyncio.timeout(5):
            failed, good_audio = await asyncio.gather(read_bad(), read_good(), return_exceptions=True)
        assert isinstance(failed, ValueError)
        assert good_audio == [audio_for(text) for text in GOOD]
        assert not socket.closed


def test_sync_two_readers_of_one_stream_get_a_state_error(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    ws_server.script = lambda session: session.receive()  # type: ignore[assignment,return-value]
    errors: list[BaseException] = []
    with TextToSpeechSocket(client, VOICE) as tts:

        def read() -> None:
            try:
                tts.receive(timeout=0.5)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=read) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
    assert sorted(type(error).__name__ for error in errors) == ["TimeoutError", "WebSocketStateError"]


async def test_async_two_readers_of_one_stream_get_a_state_error(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    ws_server.script = lambda session: session.receive()  # type: ignore[assignment,return-value]
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        first = asyncio.create_task(tts.receive())
        await asyncio.sleep(0.05)
        with pytest.raises(WebSocketStateError, match="already receiving"):
            await tts.receive()
        first.cancel()
