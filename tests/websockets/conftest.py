"""Fixtures of the socket tests: a scripted loopback server and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from elevenlabs_ext import AsyncElevenLabs, ElevenLabs

from .server import ScriptedServer

API_KEY = "sk_test_SOCKET_f00dfeedc0ffee"  # distinctive, so a leak is easy to spot
VOICE = "voice-123"


@pytest.fixture
def ws_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
    # Every client frame was valid against sockets.yaml and the channel's rules.
    assert not server.errors, server.errors


@pytest.fixture
def client(ws_server: ScriptedServer) -> Iterator[ElevenLabs]:
    with ElevenLabs(api_key=API_KEY, base_url=ws_server.url) as made:
        yield made


@pytest.fixture
async def aclient(ws_server: ScriptedServer) -> AsyncIterator[AsyncElevenLabs]:
    async with AsyncElevenLabs(api_key=API_KEY, base_url=ws_server.url) as made:
        yield made
