"""What the declared types promise also holds at run time, against a real server on 127.0.0.1.

- ``sync()``/``asyncio()`` return their success type or raise: never an error model or None,
  with our clients (typed errors from the transport) or a plain generated client
  (``errors.UnexpectedStatus``).
- ``set_httpx_client``/``set_async_httpx_client`` cannot swap out the key, retries and typed
  errors: they raise ``TypeError`` and the client keeps working with its policy.
- The helpers accept what their signatures accept: path parameters by position too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from elevenlabs_api import errors
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.api.voices import voices_get, voices_get_all
from elevenlabs_api.client import AuthenticatedClient, Client
from elevenlabs_api.models import TextToSpeechRequest, VoiceList

from elevenlabs_ext import (
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    UnprocessableEntityError,
    paginate,
    stream,
)

from ..conftest import API_KEY, Flavor, MakeClient
from ..loopback import LoopbackServer, Reply

VALIDATION = {"detail": [{"loc": ["query", "show_legacy"], "msg": "bad", "type": "value_error"}]}
VOICE = {
    "voice_id": "v1",
    "name": "Rachel",
    "category": "premade",
    "labels": {},
    "available_for_tiers": [],
    "high_quality_base_model_ids": [],
}


async def call_sync_or_asyncio(flavor: Flavor, endpoint: Any, client: Any, *args: Any) -> Any:
    if flavor.is_async:
        return await endpoint.asyncio(*args, client=client)
    return endpoint.sync(*args, client=client)


async def test_success_is_the_declared_type(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(Reply(200, body={"voices": [VOICE]}))
    voices = await call_sync_or_asyncio(flavor, voices_get_all, await make_client())
    assert isinstance(voices, VoiceList)
    assert [voice.name for voice in voices.voices] == ["Rachel"]


async def test_documented_error_raises_typed_error(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(422, body=VALIDATION))
    with pytest.raises(UnprocessableEntityError) as raised:
        await call_sync_or_asyncio(flavor, voices_get_all, await make_client())
    assert raised.value.status_code == 422


async def test_undocumented_success_status_raises_instead_of_returning_none(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(204))
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await call_sync_or_asyncio(flavor, voices_get, await make_client(), "v1")
    assert raised.value.status_code == 204
    # The _detailed variant still returns the whole response, as declared.
    server.enqueue(Reply(204))
    client = await make_client()
    response = await (
        voices_get.asyncio_detailed("v1", client=client) if flavor.is_async else _now(voices_get.sync_detailed, client)
    )
    assert (response.status_code, response.parsed) == (204, None)


async def _now(function: Any, client: Any) -> Any:
    return function("v1", client=client)


@pytest.mark.parametrize("client_class", [Client, AuthenticatedClient])
@pytest.mark.parametrize("status", [422, 500])
async def test_plain_generated_client_raises_instead_of_returning_an_error_model(
    flavor: Flavor, server: LoopbackServer, client_class: type[Client], status: int
) -> None:
    server.enqueue(Reply(status, body=VALIDATION))
    options: dict[str, Any] = {"token": API_KEY} if client_class is AuthenticatedClient else {}
    async with flavor.using(client_class(base_url=server.url, **options)) as client:
        with pytest.raises(errors.UnexpectedStatus) as raised:
            await call_sync_or_asyncio(flavor, voices_get_all, client)
        assert raised.value.status_code == status
        server.enqueue(Reply(200, body={"voices": []}))
        assert isinstance(await call_sync_or_asyncio(flavor, voices_get_all, client), VoiceList)


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
@pytest.mark.parametrize("method", ["set_httpx_client", "set_async_httpx_client"])
def test_set_httpx_client_is_refused_and_the_policy_stays(
    server: LoopbackServer, client_class: type[ElevenLabs | AsyncElevenLabs], method: str
) -> None:
    client = client_class(api_key=API_KEY, base_url=server.url)
    bare = httpx.Client() if method == "set_httpx_client" else httpx.AsyncClient()  # never opened
    with pytest.raises(TypeError, match=r"httpx_client=") as raised:
        getattr(client, method)(bare)
    assert API_KEY not in str(raised.value)
    assert not isinstance(client, AuthenticatedClient | Client)
    if isinstance(client, ElevenLabs):
        # Still our transport: the key is sent and an error status raises the typed error.
        server.enqueue(Reply(401, body={"detail": {"status": "invalid_api_key", "message": "no"}}))
        with client, pytest.raises(AuthenticationError):
            voices_get_all.sync(client=client)
        assert server.requests[-1].headers["xi-api-key"] == API_KEY


def test_each_client_offers_only_its_own_kind_of_httpx_client() -> None:
    with pytest.raises(TypeError, match="AsyncElevenLabs"):
        ElevenLabs(api_key=API_KEY).get_async_httpx_client()  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="ElevenLabs"):
        AsyncElevenLabs(api_key=API_KEY).get_httpx_client()  # type: ignore[attr-defined]


def test_helpers_accept_path_parameters_by_position(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, body=b"ID3audio", headers={"content-type": "audio/mpeg"}))
    with ElevenLabs(api_key=API_KEY, base_url=server.url) as client:
        body = TextToSpeechRequest(text="Hi")
        with stream(text_to_speech_stream, client, None, None, None, "voice-7", body=body) as audio:
            assert audio.read() == b"ID3audio"
        assert server.requests[-1].path == "/v1/text-to-speech/voice-7/stream"
        server.enqueue(Reply(200, body={"history": [], "has_more": False}))
        assert list(paginate(history_list, None, client=client, page_size=3)) == []
        assert server.requests[-1].query["page_size"] == ["3"]
