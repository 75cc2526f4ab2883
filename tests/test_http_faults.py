"""Faults and attacks at the HTTP layer, against real servers on 127.0.0.1: redirects,
content encodings, bodies of the wrong type, streams read after closing, where the key can
be read back from, proxies, and path parameters that would name another resource.

Every test runs with the sync and the async client (the ``flavor`` fixture).
"""

from __future__ import annotations

import gzip
import pickle
import threading
import zlib
from typing import Any

import httpx
import pytest
from elevenlabs_api.api.history import history_delete
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest

from elevenlabs_ext import (
    APIConnectionError,
    AuthenticationError,
    InvalidRequestError,
    RedirectError,
    ResponseDecodeError,
    StreamClosedError,
)
from elevenlabs_ext._retry import MAX_REDIRECTS

from .conftest import API_KEY, Flavor, MakeClient
from .loopback import Chunked, LoopbackServer, Reply, pieces

AUDIO = bytes(range(256)) * 40
AUDIO_HEADERS = {"content-type": "audio/mpeg"}
TTS_BODY = TextToSpeechRequest(text="Hello")
JSON = {"content-type": "application/json"}


def _tts(flavor: Flavor, client: Any) -> Any:
    return flavor.stream(text_to_speech_stream, client=client, voice_id="v1", body=TTS_BODY)


async def _read_stream(flavor: Flavor, client: Any) -> bytes:
    async with _tts(flavor, client) as audio:
        return bytes(await audio.read())


async def _stream_or_call(flavor: Flavor, call: str, client: Any) -> Any:
    """Read a speech stream, or call models_list, as the test's ``call`` says."""
    if call == "stream":
        return await _read_stream(flavor, client)
    return await flavor.call(models_list, client=client)


# -- 1. redirects --------------------------------------------------------------------------


async def test_a_same_origin_redirect_is_followed_with_the_key_and_the_body(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(307, body=b"redirecting", headers={"location": "/v1/elsewhere/stream"}),
        Reply(200, body=AUDIO, headers=AUDIO_HEADERS),
        Reply(302, headers={"location": f"{server.url}/v1/models-moved"}),
        Reply(200, body=[]),
    )
    client = await make_client()

    assert await _read_stream(flavor, client) == AUDIO
    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert response.parsed == []
    first, second, _, fourth = server.requests
    assert (second.method, second.path) == ("POST", "/v1/elsewhere/stream")
    assert second.body == first.body and second.json() == TTS_BODY.to_dict()  # 307 resends the body
    assert (fourth.method, fourth.path) == ("GET", "/v1/models-moved")
    assert all(r.headers["xi-api-key"] == API_KEY for r in server.requests)


async def test_a_303_is_followed_with_get_and_a_conditional_304_passes(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(303, headers={"location": "/v1/result"}), Reply(200, body=AUDIO, headers=AUDIO_HEADERS), Reply(304)
    )
    client = await make_client()

    assert await _read_stream(flavor, client) == AUDIO
    not_modified = await flavor.get(client, "/v1/models", headers={"if-none-match": '"etag-1"'})

    assert [(r.method, r.path, r.body) for r in server.requests[1:]] == [
        ("GET", "/v1/result", b""),
        ("GET", "/v1/models", b""),
    ]
    assert "content-type" not in server.requests[1].headers
    assert not_modified.status_code == 304


@pytest.mark.parametrize("call", ["stream", "call"])
async def test_a_redirect_to_another_origin_raises_and_sends_nothing_there(
    flavor: Flavor, call: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    client = await make_client()
    with LoopbackServer() as other:
        server.enqueue(Reply(307, body=b"redirecting", headers={"location": f"{other.url}/v1/x"}))
        with pytest.raises(RedirectError) as caught:
            await _stream_or_call(flavor, call, client)
        assert other.requests == []

    error = caught.value
    assert error.status_code == 307
    assert error.location == f"{other.url}/v1/x"
    assert error.body == "redirecting"  # the body is on the error, never handed over as success
    assert "another origin" in str(error)


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param(lambda url: [Reply(307, body=b"moved")], id="no-location"),
        pytest.param(lambda url: [Reply(300, headers={"location": "/v1/a"})], id="300"),
        pytest.param(lambda url: [Reply(302, headers={"location": "/v1/a"})], id="302-of-a-post"),
    ],
)
async def test_a_redirect_that_cannot_be_followed_is_never_a_success(
    flavor: Flavor, answers: Any, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(*answers(server.url))
    client = await make_client()

    with pytest.raises(RedirectError):
        await _read_stream(flavor, client)
    assert len(server.requests) == 1


@pytest.mark.parametrize("shape", ["loop", "endless-chain"])
async def test_a_redirect_loop_ends_in_a_typed_error_within_20_hops(
    flavor: Flavor, shape: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    if shape == "loop":  # /a -> /b -> /a -> ...
        server.enqueue(*[Reply(302, headers={"location": f"/v1/{'ab'[i % 2]}"}) for i in range(40)])
    else:  # /1 -> /2 -> /3 -> ... , never the same URL twice
        server.enqueue(*[Reply(302, headers={"location": f"/v1/{i}"}) for i in range(40)])
    client = await make_client()

    with pytest.raises(RedirectError) as caught:
        await flavor.call(models_list, client=client)

    assert len(server.requests) <= 20
    if shape == "loop":
        assert len(server.requests) == 3
        assert "loop" in str(caught.value)
    else:
        assert len(server.requests) == MAX_REDIRECTS + 1
        assert f"more than {MAX_REDIRECTS} redirects" in str(caught.value)


# -- 2. content encodings --------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
async def test_a_whole_compressed_body_is_decoded(
    flavor: Flavor, encoding: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    body = b"[]" + b" " * 100_000
    compressed = {"gzip": gzip.compress, "deflate": zlib.compress, "raw-deflate": _raw_deflate}[encoding](body)
    server.enqueue(Reply(200, body=compressed, headers={"content-encoding": encoding.removeprefix("raw-"), **JSON}))

    response = await flavor.call(models_list, client=await make_client())

    assert response.content == body
    assert response.parsed == []


async def test_streams_ask_for_an_unencoded_body(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=AUDIO, headers=AUDIO_HEADERS))
    assert await _read_stream(flavor, await make_client()) == AUDIO
    assert server.requests[0].headers["accept-encoding"] == "identity"


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


GZIPPED_JSON = gzip.compress(b"[]" + b" " * 200_000)  # still valid JSON if cut anywhere after "[]"
DEFLATED_JSON = zlib.compress(b"[]" + b" " * 200_000)
RAW_DEFLATED_JSON = _raw_deflate(b"[]" + b" " * 200_000)
GZIPPED_AUDIO = gzip.compress(AUDIO)
ENCODING_FAULTS = {
    "json-corrupt": ("call", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data" * 10, "corrupt"),
    "json-cut-short": ("call", GZIPPED_JSON[: len(GZIPPED_JSON) // 2], "cut short"),
    "stream-corrupt": ("stream", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data" * 10, "corrupt"),
    "stream-cut-short": ("stream", GZIPPED_AUDIO[: len(GZIPPED_AUDIO) - 10], "cut short"),
    "deflate-cut-short": ("call", DEFLATED_JSON[: len(DEFLATED_JSON) // 2], "cut short"),
    "raw-deflate-cut-short": ("call", RAW_DEFLATED_JSON[: len(RAW_DEFLATED_JSON) // 2], "cut short"),
}


@pytest.mark.parametrize("fault", list(ENCODING_FAULTS))
async def test_a_corrupt_or_cut_compressed_body_raises_a_typed_error(
    flavor: Flavor, fault: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    call, body, words = ENCODING_FAULTS[fault]
    encoding = "deflate" if "deflate" in fault else "gzip"
    # The framing is complete (content-length matches): only the compressed content is broken.
    server.enqueue(Reply(200, body=body, headers={"content-encoding": encoding, **JSON}))
    client = await make_client()

    with pytest.raises(ResponseDecodeError) as caught:
        await _stream_or_call(flavor, call, client)

    assert words in str(caught.value)
    assert not isinstance(caught.value, APIConnectionError)


# -- 3. a success body of the wrong type ------------------------------------------------------


async def test_json_nested_too_deeply_to_read_raises_a_typed_error(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=b"[" * 100_000, headers=JSON))

    with pytest.raises(ResponseDecodeError, match="is not JSON") as caught:
        await flavor.call(models_list, client=await make_client())

    assert isinstance(caught.value.__cause__, RecursionError)


async def test_html_on_a_json_endpoint_raises_naming_the_content_type(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    page = "<html><body>Please log in to the hotel wifi</body></html>"
    server.enqueue(Reply(200, body=page.encode(), headers={"content-type": "text/html; charset=utf-8"}))

    with pytest.raises(ResponseDecodeError) as caught:
        await flavor.call(models_list, client=await make_client())

    error = caught.value
    assert isinstance(error, ValueError)
    assert error.content_type == "text/html; charset=utf-8"
    assert "text/html" in str(error)
    assert "/v1/models" in str(error)
    assert error.response is not None and error.response.text == page


# -- 5. a stream read after its with block -----------------------------------------------------


@pytest.mark.parametrize("kind", ["audio", "timestamps"])
async def test_reading_a_stream_after_its_with_block_raises_stream_closed(
    flavor: Flavor, kind: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    gate = threading.Event()
    if kind == "audio":
        chunks = pieces(AUDIO, 1000)
        opened = _tts(flavor, await make_client())
    else:
        from elevenlabs_api.api.text_to_speech import text_to_speech_stream_with_timestamps

        chunks = [b'{"audio_base64": "AAAA"}\n'] * 10
        opened = flavor.stream_with_timestamps(
            text_to_speech_stream_with_timestamps, client=await make_client(), voice_id="v1", body=TTS_BODY
        )
    server.enqueue(Chunked(chunks, gate=gate, gate_at=1, headers=AUDIO_HEADERS))

    async with opened as stream:
        iterator = stream.__aiter__()
        await iterator.__anext__()
    gate.set()

    with pytest.raises(StreamClosedError) as caught:
        await iterator.__anext__()
    assert not isinstance(caught.value, APIConnectionError)  # not mistaken for a network failure
    assert len(server.requests) == 1


# -- 14. the key cannot be read back -------------------------------------------------------------


async def test_the_key_is_not_on_any_object_handed_back(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(200, body=[]),
        Reply(200, body=AUDIO, headers=AUDIO_HEADERS),
        Reply(401, body={"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}),
    )
    client = await make_client()

    response = await flavor.get(client, "/v1/models")
    async with _tts(flavor, client) as audio:
        stream_request = audio.response.request
        await audio.read()
    with pytest.raises(AuthenticationError) as caught:
        await flavor.call(models_list, client=client)
    error = caught.value

    assert [r.headers["xi-api-key"] for r in server.requests] == [API_KEY] * 3  # it was sent
    assert error.request is not None
    for request in (response.request, stream_request, error.request, error.response.request):
        assert "xi-api-key" not in request.headers
        assert API_KEY not in repr(request.headers)
    assert API_KEY.encode() not in pickle.dumps(error)
    assert API_KEY not in repr(vars(error))


# -- 16. proxies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("configured", ["environment", "argument"])
async def test_a_plain_http_keyed_request_bypasses_the_callers_proxy(
    flavor: Flavor, configured: str, server: LoopbackServer, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    server.enqueue(Reply(200, body=[]))
    with LoopbackServer() as proxy:
        proxy.enqueue(Reply(200, body=b"proxied"))
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        options: dict[str, Any] = {} if configured == "environment" else {"proxy": proxy.url, "trust_env": False}
        user: Any = httpx.AsyncClient(**options) if flavor.is_async else httpx.Client(**options)
        try:
            client = await make_client(httpx_client=user)
            response = await flavor.call(models_list, client=client)
            # A request elsewhere (no key) still goes through the caller's proxy.
            elsewhere = await flavor.get(client, "http://192.0.2.1/anything")
        finally:
            if flavor.is_async:
                await user.aclose()
            else:
                user.close()

    assert response.status_code == 200
    assert [r.headers["xi-api-key"] for r in server.requests] == [API_KEY]
    assert elsewhere.content == b"proxied"
    assert [r.target for r in proxy.requests] == ["http://192.0.2.1/anything"]
    assert "xi-api-key" not in proxy.requests[0].headers


# -- 18. dot segments in path parameters -------------------------------------------------------------


@pytest.mark.parametrize("httpx_client", ["own", "callers"])
@pytest.mark.parametrize("item_id", ["..", "."])
async def test_a_dot_segment_path_parameter_is_refused_before_sending(
    flavor: Flavor, item_id: str, httpx_client: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    if httpx_client == "own":
        client = await make_client()
    else:
        client = await make_client(httpx_client=httpx.AsyncClient() if flavor.is_async else httpx.Client())

    with pytest.raises(InvalidRequestError) as caught:
        await flavor.call(history_delete, client=client, history_item_id=item_id)
    with pytest.raises(InvalidRequestError):
        async with flavor.stream(text_to_speech_stream, client=client, voice_id=item_id, body=TTS_BODY):
            pass

    assert f"'{item_id}'" in str(caught.value)
    assert "/v1/history/" in str(caught.value)
    assert server.requests == []


async def test_ids_with_dots_inside_are_sent(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(Reply(200, body={"status": "ok"}), Reply(200, body={"status": "ok"}))
    client = await make_client()

    await flavor.call(history_delete, client=client, history_item_id="a..b")
    await flavor.call(history_delete, client=client, history_item_id="../x")  # the slash is escaped

    assert [r.path for r in server.requests] == ["/v1/history/a..b", "/v1/history/..%2Fx"]
