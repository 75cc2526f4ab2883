"""The clients against a real server: configuration, where the key goes (and where it never
shows), closing, shared pools, pagination and tolerant parsing."""

from __future__ import annotations

import logging
from typing import Any

import attrs
import pytest
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.api.voices import voices_get_all, voices_search
from elevenlabs_api.models import HistoryItem, TextToSpeechRequest, Voice, VoiceList

from elevenlabs_ext import (
    APIError,
    ConfigurationError,
    ElevenLabs,
    Environment,
    RedirectError,
)

from .conftest import API_KEY, Flavor, MakeClient
from .loopback import Drop, LoopbackServer, Reply, ResetAfter, Stall

OK_MODELS = Reply(200, body=[])


def _required_fields(model: type) -> set[str]:
    return {f.name for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING}


def _voice(index: int, category: str = "premade") -> dict[str, Any]:
    """A voice with exactly the generated Voice model's required fields."""
    voice = {
        "voice_id": f"voice_{index:03}",
        "name": f"Voice {index}",
        "category": category,
        "labels": {"accent": "british", "age": "young"},
        "available_for_tiers": ["creator", "pro"],
        "high_quality_base_model_ids": ["eleven_multilingual_v2"],
    }
    assert set(voice) == _required_fields(Voice), "Voice's required fields changed: update this builder"
    return voice


def _history_item(item_id: str) -> dict[str, Any]:
    item = {
        "history_item_id": item_id,
        "date_unix": 1_700_000_000,
        "character_count_change_from": 10,
        "character_count_change_to": 20,
        "content_type": "audio/mpeg",
        "state": "created",
    }
    assert set(item) == _required_fields(HistoryItem), "HistoryItem's required fields changed"
    return item


# -- the key ---------------------------------------------------------------------------------


async def test_the_key_is_read_from_the_environment_at_construction(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.enqueue(OK_MODELS, OK_MODELS)
    monkeypatch.setenv("ELEVENLABS_API_KEY", "key-one")
    first = await make_client(api_key=None)
    monkeypatch.setenv("ELEVENLABS_API_KEY", "key-two")
    second = await make_client(api_key=None)

    await flavor.call(models_list, client=first)
    await flavor.call(models_list, client=second)

    assert [r.headers["xi-api-key"] for r in server.requests] == ["key-one", "key-two"]


@pytest.mark.parametrize("key", [None, "", "   ", f"{API_KEY}\n", f" {API_KEY}"], ids=repr)
def test_a_missing_or_malformed_key_is_refused(flavor: Flavor, key: str | None) -> None:
    with pytest.raises(ConfigurationError) as caught:
        flavor.client(api_key=key, base_url="http://127.0.0.1:1")
    if key is None:
        assert "ELEVENLABS_API_KEY" in str(caught.value)
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)


def test_the_key_is_refused_as_a_header(flavor: Flavor) -> None:
    with pytest.raises(ConfigurationError):
        flavor.client(api_key=API_KEY, base_url="http://127.0.0.1:1", headers={"XI-API-KEY": API_KEY})


@pytest.mark.usefixtures("fast_backoff")
async def test_the_key_never_shows_in_reprs_errors_logs_or_urls(
    flavor: Flavor,
    server: LoopbackServer,
    make_client: MakeClient,
    monkeypatch: pytest.MonkeyPatch,
    ext_logger: logging.Logger,  # before caplog: restored after caplog has put its level back
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("ELEVENLABS_LOG", "debug")
    client = await make_client(max_retries=1, timeout=0.3)
    assert ext_logger.level == logging.DEBUG  # ELEVENLABS_LOG=debug took effect
    caplog.set_level(logging.DEBUG, logger="elevenlabs_ext")

    server.enqueue(
        OK_MODELS,
        Reply(503, headers={"retry-after-ms": "1", "request-id": "req_1"}),
        Reply(401, body={"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}),
        Reply(422, body={"detail": [{"loc": ["body", "text"], "msg": "bad", "type": "x"}]}),
        Drop(),
        Drop(),
        Stall(before_headers=True),
        Stall(before_headers=True),
        ResetAfter(b"x" * 1000, after=10),
    )
    await flavor.call(models_list, client=client)
    errors: list[BaseException] = []
    for _ in range(4):  # 503 then 401; 422; dropped twice; silent twice
        try:
            await flavor.call(models_list, client=client)
        except APIError as error:
            errors.append(error)
    try:
        async with flavor.stream(
            text_to_speech_stream, client=client, voice_id="v", body=TextToSpeechRequest(text="t")
        ) as audio:
            await audio.read()
    except APIError as error:
        errors.append(error)
    for bad in ("http://example.com", "ftp://127.0.0.1"):
        try:
            flavor.client(api_key=API_KEY, base_url=bad)
        except ConfigurationError as error:
            errors.append(error)

    assert [type(e).__name__ for e in errors] == [
        "AuthenticationError",
        "UnprocessableEntityError",
        "APIConnectionError",
        "APITimeoutError",
        "APIConnectionError",
        "ConfigurationError",
        "ConfigurationError",
    ]
    assert all(r.headers["xi-api-key"] == API_KEY for r in server.requests)  # it was sent, and ...
    shown = [repr(client), str(client), repr(client.with_options(max_retries=0))]
    for error in errors:
        shown += [str(error), repr(error), str(error.__cause__), repr(error.__cause__)]
    shown += [r.target for r in server.requests]
    shown.append(caplog.text)
    assert any("request GET" in r.getMessage() for r in caplog.records)  # debug logging was on
    assert [text for text in shown if API_KEY in text] == []


# -- where requests go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    [
        "http://example.com",
        "http://10.0.0.1:8080",
        "http://127.0.0.1.example.com",
        "http://localhost.example.com",
        "http://attacker.localhost:8080",
        "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1",
    ],
)
def test_an_unsafe_base_url_is_refused(flavor: Flavor, base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError):
        flavor.client(api_key=API_KEY, base_url=base_url)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", base_url)
    with pytest.raises(ConfigurationError):
        flavor.client(api_key=API_KEY)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8080",
        "http://localhost:9000",
        "http://[::1]:8000",
        "https://api.elevenlabs.io",
        "https://x.io",
    ],
)
def test_loopback_http_and_https_are_accepted(flavor: Flavor, base_url: str) -> None:
    client = flavor.client(api_key=API_KEY, base_url=base_url + "/")
    assert client.base_url == base_url


@pytest.mark.parametrize("environment", ["eu", Environment.EU])
def test_environment_selects_the_residency_url(flavor: Flavor, environment: Any) -> None:
    client = flavor.client(api_key=API_KEY, environment=environment)
    assert client.base_url == "https://api.eu.residency.elevenlabs.io"


def test_environment_and_base_url_together_are_refused(flavor: Flavor) -> None:
    with pytest.raises(ConfigurationError):
        flavor.client(api_key=API_KEY, base_url="https://api.elevenlabs.io", environment="eu")
    with pytest.raises(ConfigurationError):
        flavor.client(api_key=API_KEY, environment="mars")


@pytest.mark.parametrize("route", ["absolute-url", "redirect"])
async def test_the_key_goes_to_the_base_origin_only(
    flavor: Flavor, route: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    client = await make_client()
    with LoopbackServer() as other:
        other.enqueue(Reply(200, body=b"other"))
        if route == "absolute-url":
            server.enqueue(Reply(200, body=b"base"))
            assert (await flavor.get(client, "/v1/models")).content == b"base"
            assert (await flavor.get(client, f"{other.url}/v1/models")).content == b"other"
        else:
            # Even when the caller asks httpx to follow: a redirect to another origin is refused.
            server.enqueue(Reply(302, headers={"location": f"{other.url}/v1/models"}))
            with pytest.raises(RedirectError) as caught:
                await flavor.get(client, "/v1/history", follow_redirects=True)
            assert caught.value.location == f"{other.url}/v1/models"
            assert "another origin" in str(caught.value)
            assert other.requests == []
            return

        assert server.requests[0].headers["xi-api-key"] == API_KEY
        assert other.requests[0].path == "/v1/models"
        assert other.requests[0].headers["user-agent"].startswith("elevenlabs-ext/")
        assert "xi-api-key" not in other.requests[0].headers


def test_each_client_refuses_the_other_flavor(flavor: Flavor) -> None:
    client = flavor.client(api_key=API_KEY, base_url="http://127.0.0.1:1")
    wrong = "get_httpx_client" if flavor.is_async else "get_async_httpx_client"
    with pytest.raises(TypeError):
        getattr(client, wrong)()
    if flavor.is_async:
        with pytest.raises(TypeError), client:
            pass


async def test_the_sync_client_refuses_async_with() -> None:
    client = ElevenLabs(api_key=API_KEY, base_url="http://127.0.0.1:1")
    with pytest.raises(TypeError):
        async with client:
            pass


# -- connections -----------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["close", "context-manager"])
async def test_closing_the_client_closes_its_connections(
    flavor: Flavor, how: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(OK_MODELS, OK_MODELS)
    client = await make_client()

    if how == "close":
        await flavor.call(models_list, client=client)
        await flavor.call(models_list, client=client)
        await flavor.close(client)
    else:
        async with flavor.using(client) as entered:
            assert entered is client
            await flavor.call(models_list, client=client)
            await flavor.call(models_list, client=client)

    assert len(server.connections) == 1  # kept alive between the two requests ...
    assert await server.until(lambda: server.connections[0].closed_by == "client")  # ... closed by the client


async def test_with_options_shares_the_pool_and_closing_it_keeps_the_parent_usable(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(OK_MODELS, OK_MODELS, OK_MODELS)
    parent = await make_client()
    await flavor.call(models_list, client=parent)

    derived = parent.with_options(max_retries=0, timeout=2, headers={"x-trace": "derived"})
    assert (derived.max_retries, derived.timeout.read) == (0, 2)
    await flavor.call(models_list, client=derived)
    await flavor.close(derived)
    assert not await server.until(lambda: not server.connections[0].open, within=0.2)

    await flavor.call(models_list, client=parent)

    assert [r.connection.id for r in server.requests] == [1, 1, 1]  # one pooled connection throughout
    assert [r.headers.get("x-trace") for r in server.requests] == [None, "derived", None]
    await flavor.close(parent)
    assert await server.until(lambda: server.connections[0].closed_by == "client")


# -- pagination ------------------------------------------------------------------------------


def _history_pages() -> list[dict[str, Any]]:
    return [
        {"history": [_history_item("h1"), _history_item("h2")], "has_more": True, "last_history_item_id": "h2"},
        {"history": [_history_item("h3"), _history_item("h4")], "has_more": True, "last_history_item_id": "h4"},
        {"history": [_history_item("h5")], "has_more": False, "last_history_item_id": "h5"},
    ]


def _voice_pages() -> list[dict[str, Any]]:
    return [
        {"voices": [_voice(1), _voice(2)], "has_more": True, "total_count": 5, "next_page_token": "t1"},
        {"voices": [_voice(3), _voice(4)], "has_more": True, "total_count": 5, "next_page_token": "t2"},
        {"voices": [_voice(5)], "has_more": False, "total_count": 5, "next_page_token": None},
    ]


PAGINATED = {
    "history_list": (history_list, _history_pages, "/v1/history", "start_after_history_item_id", ["h2", "h4"]),
    "voices_search": (voices_search, _voice_pages, "/v2/voices", "next_page_token", ["t1", "t2"]),
}


@pytest.mark.parametrize("operation", list(PAGINATED))
async def test_pagination_follows_the_cursor_over_three_pages(
    flavor: Flavor, operation: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    endpoint, pages, path, cursor, cursors = PAGINATED[operation]
    server.enqueue(*[Reply(200, body=page) for page in pages()])
    client = await make_client()

    items = await flavor.collect(endpoint, client=client, page_size=2, search="calm")

    if operation == "history_list":
        assert [item.history_item_id for item in items] == ["h1", "h2", "h3", "h4", "h5"]
    else:
        assert [item.voice_id for item in items] == [f"voice_00{i}" for i in range(1, 6)]
    assert [r.path for r in server.requests] == [path] * 3
    assert [r.query.get(cursor) for r in server.requests] == [None, *[[c] for c in cursors]]
    assert all(r.query["page_size"] == ["2"] and r.query["search"] == ["calm"] for r in server.requests)
    assert server.pending == 0


@pytest.mark.parametrize("cycle", [["t1", "t1"], ["t1", "t2", "t1"], ["t1", "t2", "t3", "t2"]], ids="-".join)
async def test_pagination_stops_when_the_cursors_cycle(
    flavor: Flavor, cycle: list[str], server: LoopbackServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    pages = [
        {"voices": [_voice(i)], "has_more": True, "total_count": 99, "next_page_token": token}
        for i, token in enumerate(cycle)
    ]
    server.enqueue(*[Reply(200, body=page) for page in pages], *[Reply(200, body=page) for page in pages])
    client = await make_client()

    items = await flavor.collect(voices_search, client=client)

    # Every page is asked for once: the cursor handed out again is not followed.
    assert [item.voice_id for item in items] == [f"voice_{i:03}" for i in range(len(cycle))]
    assert [r.query.get("next_page_token") for r in server.requests] == [None, *[[t] for t in cycle[:-1]]]
    assert f"next_page_token={cycle[-1]!r} a second time" in caplog.text


async def test_an_unknown_enum_value_still_parses(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    voices = [_voice(i, category="brand_new_category" if i == 17 else "cloned") for i in range(50)]
    server.enqueue(Reply(200, body={"voices": voices}))
    client = await make_client()

    response = await flavor.call(voices_get_all, client=client)

    assert response.status_code == 200
    assert isinstance(response.parsed, VoiceList)
    assert len(response.parsed.voices) == 50
    assert response.parsed.voices[17].category == "brand_new_category"
    assert {v.category for v in response.parsed.voices} == {"cloned", "brand_new_category"}
    assert response.parsed.voices[0].labels.additional_properties == {"accent": "british", "age": "young"}
    assert server.requests[0].path == "/v1/voices"
