"""The key stays where it belongs: not across a redirect to another origin, not in websockets'
debug log, not in ``vars()`` of a socket or the locals of a failed handshake's traceback."""

from __future__ import annotations

import logging
import pickle
import traceback

import pytest

from elevenlabs_ext import (
    APIConnectionError,
    AsyncElevenLabs,
    AsyncMultiContextSocket,
    AsyncTextToSpeechSocket,
    AuthenticationError,
    ElevenLabs,
    MultiContextSocket,
    TextToSpeechSocket,
)
from elevenlabs_ext._websockets._handshake import CrossOriginRedirectError

from .conftest import API_KEY, VOICE
from .server import ScriptedServer


@pytest.fixture
def elsewhere() -> object:
    with ScriptedServer() as other:
        yield other
    assert not other.errors, other.errors


def test_sync_handshake_redirect_to_another_origin_is_refused(
    ws_server: ScriptedServer, client: ElevenLabs, elsewhere: ScriptedServer
) -> None:
    ws_server.redirect = lambda path: f"ws://127.0.0.1:{elsewhere.port}{path}"
    with pytest.raises(CrossOriginRedirectError, match="another origin") as raised:
        TextToSpeechSocket(client, VOICE).open()
    assert isinstance(raised.value, APIConnectionError)
    assert elsewhere.connections == []  # the other origin never saw the key (or anything)


async def test_async_handshake_redirect_to_another_origin_is_refused(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs, elsewhere: ScriptedServer
) -> None:
    ws_server.redirect = lambda path: f"ws://localhost:{elsewhere.port}{path}"
    with pytest.raises(CrossOriginRedirectError):
        await AsyncMultiContextSocket(aclient, VOICE).open()
    assert elsewhere.connections == []


def test_sync_same_origin_redirect_is_followed_with_the_key(ws_server: ScriptedServer, client: ElevenLabs) -> None:
    def moved(path: str) -> str:
        ws_server.redirect = None  # only once
        return "/moved" + path

    ws_server.redirect = moved
    with TextToSpeechSocket(client, VOICE) as tts:
        tts.send_text("Hello ")
        tts.end_input()
        assert [chunk.is_final for chunk in tts] == [False, True]
    assert ws_server.last.path.startswith("/moved/v1/") and ws_server.last.headers["xi-api-key"] == API_KEY


async def test_async_same_origin_redirect_is_followed(ws_server: ScriptedServer, aclient: AsyncElevenLabs) -> None:
    def moved(path: str) -> str:
        ws_server.redirect = None
        return "/moved" + path

    ws_server.redirect = moved
    async with AsyncTextToSpeechSocket(aclient, VOICE) as tts:
        await tts.end_input()
        assert [chunk.is_final async for chunk in tts] == [True]
    assert ws_server.last.headers["xi-api-key"] == API_KEY


def _assert_key_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    handshake_lines = [record.getMessage() for record in caplog.records if record.name.startswith("websockets")]
    assert any("xi-api-key" in line for line in handshake_lines), handshake_lines  # websockets did log it...
    assert not any(API_KEY in line for line in handshake_lines)  # ... masked


def test_sync_websockets_debug_log_never_shows_the_key(
    ws_server: ScriptedServer, client: ElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), TextToSpeechSocket(client, VOICE) as tts:
        tts.end_input()
        list(tts)
    _assert_key_not_logged(caplog)


async def test_async_websockets_debug_log_never_shows_the_key(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with AsyncMultiContextSocket(aclient, VOICE) as socket:
            await socket.end_input()
            [chunk async for chunk in socket]
    _assert_key_not_logged(caplog)


def _no_key_anywhere(error: BaseException) -> None:
    seen: BaseException | None = error
    while seen is not None:
        text = "".join(traceback.TracebackException.from_exception(seen, capture_locals=True).format())
        assert API_KEY not in text
        seen = seen.__cause__ or seen.__context__


def test_sync_key_is_in_neither_vars_nor_the_locals_of_a_failed_handshake(
    ws_server: ScriptedServer, client: ElevenLabs
) -> None:
    for socket in (TextToSpeechSocket(client, VOICE), MultiContextSocket(client, VOICE)):
        assert API_KEY not in repr(vars(socket))
        assert API_KEY not in repr(socket._handshake)
        with pytest.raises(TypeError):
            pickle.dumps(socket)
    ws_server.reject = (401, '{"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}')
    with pytest.raises(AuthenticationError) as raised:
        TextToSpeechSocket(client, VOICE).open()
    _no_key_anywhere(raised.value)


async def test_async_key_is_not_in_the_locals_of_a_failed_handshake(
    ws_server: ScriptedServer, aclient: AsyncElevenLabs
) -> None:
    socket = AsyncTextToSpeechSocket(aclient, VOICE)
    assert API_KEY not in repr(vars(socket))
    ws_server.reject = (401, "no")
    with pytest.raises(AuthenticationError) as raised:
        await socket.open()
    _no_key_anywhere(raised.value)
