"""Retries against a real server: what is retried, how long the client waits, what it re-sends,
and that failing requests leave no connection behind."""

from __future__ import annotations

import asyncio
import email.utils
import io
import logging
import math
import time
from typing import Any

import pytest
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.speech_to_speech import speech_to_speech_convert
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.api.voices import voices_add
from elevenlabs_api.models import AddVoiceForm, AddVoiceResult, SpeechToSpeechForm, TextToSpeechRequest
from elevenlabs_api.types import File

from elevenlabs_ext import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .conftest import Flavor, MakeClient
from .loopback import (
    Chunked,
    Drop,
    LoopbackServer,
    Reply,
    ResetAfter,
    ShortBody,
    Stall,
    closed_port,
    normalise_boundary,
    parse_multipart,
    pieces,
)

AUDIO = bytes(range(256)) * 16
TTS_BODY = TextToSpeechRequest(text="Retry me")
OK_MODELS = Reply(200, body=[])
FAST = {"retry-after-ms": "1"}  # answers that ask for an immediate retry keep the tests quick


def _gap(server: LoopbackServer, index: int) -> float:
    """Seconds between the server finishing answer ``index`` and receiving request ``index + 1``."""
    answered = server.requests[index].responded_at
    assert answered is not None
    return server.requests[index + 1].received_at - answered


async def test_429_with_retry_after_ms_waits_that_long(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    # 700 ms is longer than any first backoff (at most 500 ms): only honouring the header explains it.
    server.enqueue(Reply(429, body={"detail": "slow down"}, headers={"retry-after-ms": "700"}), OK_MODELS)
    client = await make_client()

    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert response.parsed == []
    assert len(server.requests) == 2
    assert 0.69 <= _gap(server, 0) < 0.7 + 1.5


async def test_503_with_an_http_date_retry_after_waits_until_then(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    # HTTP dates have whole seconds: ask for the next whole second at least 0.3 s away.
    until = math.ceil(time.time() + 0.3)
    server.enqueue(Reply(503, headers={"retry-after": email.utils.formatdate(until, usegmt=True)}), OK_MODELS)
    client = await make_client()

    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert len(server.requests) == 2
    assert until - 0.05 <= server.requests[1].received_wall < until + 1.5


async def test_backoff_without_retry_after(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(Reply(500), OK_MODELS)
    client = await make_client(max_retries=1)

    await flavor.call(models_list, client=client)

    # The first backoff is 0.5 s shortened by up to 25 % of jitter.
    assert 0.375 - 0.01 <= _gap(server, 0) < 0.5 + 1.0


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"retry-after": "120"}, id="seconds"),
        pytest.param({"retry-after-ms": "61000"}, id="milliseconds"),
        pytest.param({"retry-after": "__DATE_IN_AN_HOUR__"}, id="http-date"),
    ],
)
async def test_a_retry_after_over_60_s_raises_at_once(
    flavor: Flavor, headers: dict[str, str], server: LoopbackServer, make_client: MakeClient
) -> None:
    if headers.get("retry-after") == "__DATE_IN_AN_HOUR__":
        headers = {"retry-after": email.utils.formatdate(time.time() + 3600, usegmt=True)}
    server.enqueue(Reply(429, body={"detail": {"status": "rate_limited", "message": "later"}}, headers=headers))
    client = await make_client()
    started = time.monotonic()

    with pytest.raises(RateLimitError) as caught:
        await flavor.call(models_list, client=client)

    assert time.monotonic() - started < 2
    assert len(server.requests) == 1
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 60
    if "retry-after-ms" in headers:
        assert caught.value.retry_after == 61.0
    elif headers["retry-after"] == "120":
        assert caught.value.retry_after == 120.0
    else:
        assert 3590 < caught.value.retry_after <= 3600
    assert caught.value.code == "rate_limited"


@pytest.mark.usefixtures("fast_backoff")
async def test_500_three_times_with_max_retries_2(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(*[Reply(500, body={"detail": f"attempt {i}"}, headers={"request-id": f"r{i}"}) for i in range(3)])
    client = await make_client(max_retries=2)

    with pytest.raises(InternalServerError) as caught:
        await flavor.call(models_list, client=client)

    assert len(server.requests) == 3
    assert caught.value.request_id == "r2"  # the error describes the last answer
    assert "attempt 2" in str(caught.value)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
async def test_retried_statuses(flavor: Flavor, status: int, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(Reply(status, headers=FAST), OK_MODELS)
    client = await make_client(max_retries=1)

    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
    ],
)
async def test_client_errors_are_not_retried(
    flavor: Flavor, status: int, error_type: type[APIStatusError], server: LoopbackServer, make_client: MakeClient
) -> None:
    # Even when the answer carries a Retry-After, a 4xx outside 408/409/429 is final.
    server.enqueue(Reply(status, body={"detail": "no"}, headers=FAST), OK_MODELS)
    client = await make_client(max_retries=3)

    with pytest.raises(error_type) as caught:
        await flavor.call(models_list, client=client)

    assert type(caught.value) is error_type
    assert caught.value.status_code == status
    assert len(server.requests) == 1


async def test_409_is_retried_then_raises_conflict(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(409, headers=FAST), Reply(409, headers=FAST))
    client = await make_client(max_retries=1)
    with pytest.raises(ConflictError):
        await flavor.call(models_list, client=client)
    assert len(server.requests) == 2


async def test_client_max_retries_0(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    server.enqueue(Reply(503, headers=FAST), OK_MODELS)
    client = await make_client(max_retries=0)

    with pytest.raises(InternalServerError):
        await flavor.call(models_list, client=client)

    assert len(server.requests) == 1


async def test_with_options_max_retries_0_applies_to_the_derived_client_only(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(503, headers=FAST), Reply(503, headers=FAST), OK_MODELS)
    client = await make_client(max_retries=2)
    derived = client.with_options(max_retries=0)
    assert derived.max_retries == 0

    with pytest.raises(InternalServerError):
        await flavor.call(models_list, client=derived)
    assert len(server.requests) == 1

    response = await flavor.call(models_list, client=client)  # the parent still retries
    assert response.status_code == 200
    assert len(server.requests) == 3
    await flavor.close(derived)


@pytest.mark.parametrize(("client_retries", "stream_retries", "requests"), [(2, 0, 1), (0, 1, 2)])
async def test_stream_max_retries_overrides_the_client(
    flavor: Flavor,
    client_retries: int,
    stream_retries: int,
    requests: int,
    server: LoopbackServer,
    make_client: MakeClient,
) -> None:
    server.enqueue(Reply(503, headers=FAST), Reply(200, body=AUDIO))
    client = await make_client(max_retries=client_retries)

    async def read() -> bytes:
        async with flavor.stream(
            text_to_speech_stream, client=client, max_retries=stream_retries, voice_id="v", body=TTS_BODY
        ) as audio:
            return bytes(await audio.read())

    if requests == 1:
        with pytest.raises(InternalServerError):
            await read()
    else:
        assert await read() == AUDIO
    assert len(server.requests) == requests


async def test_a_stream_is_retried_on_503_before_its_first_byte(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(
        Reply(503, body={"detail": "busy"}, headers=FAST), Chunked(pieces(AUDIO, 512), headers={"request-id": "ok"})
    )
    client = await make_client()

    async with flavor.stream(text_to_speech_stream, client=client, voice_id="v", body=TTS_BODY) as audio:
        assert audio.request_id == "ok"
        assert await audio.read() == AUDIO

    assert len(server.requests) == 2
    first, second = server.requests
    assert first.json() == TTS_BODY.to_dict()
    assert first.body == second.body
    assert first.target == second.target
    assert first.headers["xi-api-key"] == second.headers["xi-api-key"]


@pytest.mark.usefixtures("fast_backoff")
@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(Drop, id="closed-without-answer"),
        pytest.param(lambda: Drop(reset=True), id="reset-without-answer"),
        pytest.param(lambda: Stall(before_headers=True), id="silent"),
    ],
)
async def test_connection_failures_before_the_answer_are_retried(
    flavor: Flavor, failure: Any, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(failure(), failure(), OK_MODELS)
    client = await make_client(max_retries=2, timeout=0.3)

    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert len(server.requests) == 3


@pytest.mark.usefixtures("fast_backoff")
async def test_timeouts_raise_api_timeout_error_after_retries(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Stall(before_headers=True), Stall(before_headers=True))
    client = await make_client(max_retries=1, timeout=0.3)

    with pytest.raises(APITimeoutError):
        await flavor.call(models_list, client=client)

    assert len(server.requests) == 2


@pytest.mark.usefixtures("fast_backoff")
async def test_connection_refused_raises_after_retries(
    flavor: Flavor, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="elevenlabs_ext")
    client = await make_client(base_url=f"http://127.0.0.1:{closed_port()}", max_retries=2)

    with pytest.raises(APIConnectionError) as caught:
        await flavor.call(models_list, client=client)

    assert not isinstance(caught.value, APITimeoutError)
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying GET")]
    assert len(retries) == 2
    assert all("ConnectError" in r.getMessage() for r in retries)


async def test_a_body_cut_after_its_first_bytes_is_not_retried(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(ResetAfter(AUDIO, after=100), Reply(200, body=AUDIO))
    client = await make_client(max_retries=2)

    with pytest.raises(APIConnectionError):
        async with flavor.stream(text_to_speech_stream, client=client, voice_id="v", body=TTS_BODY) as audio:
            await audio.read()

    assert len(server.requests) == 1
    assert server.pending == 1


ERROR_BODY = b'{"detail": {"status": "server_error", "message": "' + b"x" * 500 + b'"}}'


@pytest.mark.parametrize("status", [404, 500])
@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        pytest.param(lambda s: ResetAfter(ERROR_BODY, after=20, status=s), APIConnectionError, id="reset"),
        pytest.param(lambda s: ShortBody(ERROR_BODY[:20], len(ERROR_BODY), status=s), APIConnectionError, id="short"),
        pytest.param(lambda s: Stall(status=s), APITimeoutError, id="silent"),
    ],
)
async def test_an_error_answer_whose_body_is_cut_raises_a_typed_error(
    flavor: Flavor,
    status: int,
    failure: Any,
    error_type: type[APIError],
    server: LoopbackServer,
    make_client: MakeClient,
) -> None:
    server.enqueue(failure(status))
    client = await make_client(max_retries=0, timeout=0.3)

    with pytest.raises(error_type):
        await flavor.call(models_list, client=client)


@pytest.mark.usefixtures("fast_backoff")
@pytest.mark.parametrize("headers", [{"retry-after": "nan"}, {"retry-after-ms": "NaN"}], ids=["seconds", "ms"])
async def test_an_unreadable_retry_after_falls_back_to_backoff(
    flavor: Flavor, headers: dict[str, str], server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(503, headers=headers), OK_MODELS)
    client = await make_client(max_retries=1)

    response = await flavor.call(models_list, client=client)

    assert response.status_code == 200
    assert len(server.requests) == 2


def _voices_add_form() -> dict[str, Any]:
    files = [
        File(payload=io.BytesIO(b"ID3" + bytes(range(256)) * 4), file_name="one.mp3", mime_type="audio/mpeg"),
        File(payload=io.BytesIO(b"RIFF\r\n--\r\n" + bytes(200)), file_name="two.wav", mime_type="audio/wav"),
    ]
    return {"body": AddVoiceForm(name="Narrator ✓", files=files, description="calm", labels='{"accent": "irish"}')}


def _sts_form() -> dict[str, Any]:
    audio = File(payload=io.BytesIO(bytes(range(255, -1, -1)) * 8), file_name="in.wav", mime_type="audio/wav")
    return {"voice_id": "v", "body": SpeechToSpeechForm(audio=audio, seed=11, voice_settings='{"stability": 0.5}')}


MULTIPART = {
    "voices_add": (voices_add, _voices_add_form, {"voice_id": "new", "requires_verification": False}),
    "speech_to_speech_convert": (speech_to_speech_convert, _sts_form, AUDIO),
}


@pytest.mark.parametrize("operation", list(MULTIPART))
async def test_a_multipart_request_is_resent_intact(
    flavor: Flavor, operation: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    endpoint, make_form, answer = MULTIPART[operation]
    server.enqueue(Reply(500, body={"detail": "try again"}, headers=FAST), Reply(200, body=answer))
    client = await make_client()
    params = make_form()

    response = await flavor.call(endpoint, client=client, **params)

    assert response.status_code == 200
    if isinstance(response.parsed, AddVoiceResult):
        assert response.parsed.voice_id == "new"
    first, second = server.requests
    sent = [(name, value) for name, value in params["body"].to_multipart()]
    for request in (first, second):
        parts = parse_multipart(request.body, request.headers["content-type"])
        assert [part.name for part in parts] == [name for name, _ in sent]
        for part, (_, value) in zip(parts, sent, strict=True):
            filename, content, _ = value
            expected = content.getvalue() if isinstance(content, io.BytesIO) else content
            assert (part.filename, part.data) == (filename, expected)
    assert normalise_boundary(first.body, first.headers["content-type"]) == normalise_boundary(
        second.body, second.headers["content-type"]
    )


class OneShotReader(io.RawIOBase):
    """A file that can be read once and not rewound, like a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._data.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


async def test_a_multipart_request_with_an_unseekable_file_is_not_resent_empty(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    recording = b"ID3" + bytes(range(256)) * 4
    server.enqueue(Reply(500, headers=FAST), Reply(200, body={"voice_id": "new", "requires_verification": False}))
    client = await make_client()
    form = AddVoiceForm(name="n", files=[File(payload=OneShotReader(recording), file_name="a.mp3")])

    try:
        await flavor.call(voices_add, client=client, body=form)
    except InternalServerError:
        pass  # not retrying a body that cannot be replayed is a correct answer too

    for request in server.requests:
        parts = {p.name: p for p in parse_multipart(request.body, request.headers["content-type"])}
        assert parts["files"].data == recording, f"request {server.requests.index(request) + 1} lost the file"


FAILURES: dict[str, Any] = {
    "500": lambda: Reply(500, body={"detail": "boom"}),
    "404": lambda: Reply(404, body={"detail": "missing"}),
    "429-long": lambda: Reply(429, headers={"retry-after": "3600"}),
    "reset": lambda: ResetAfter(AUDIO, after=10, settle=0.005),
    "short": lambda: ShortBody(AUDIO[:10], content_length=len(AUDIO)),
}


async def test_no_connection_is_left_open_after_100_failing_requests(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    kinds = list(FAILURES)
    server.enqueue(*[FAILURES[kinds[i % len(kinds)]]() for i in range(100)])
    client = await make_client(max_retries=0)
    outcomes: list[type[BaseException]] = []

    async def one(index: int) -> None:
        try:
            if index % 2:
                await flavor.call(models_list, client=client)
            else:
                async with flavor.stream(text_to_speech_stream, client=client, voice_id="v", body=TTS_BODY) as audio:
                    await audio.read()
        except APIError as error:
            outcomes.append(type(error))

    # The async client runs them all at once; the sync one, one after another.
    await asyncio.gather(*(one(i) for i in range(100)))

    assert len(outcomes) == 100
    assert len(server.requests) == 100
    assert server.unscripted == 0
    assert server.max_open <= 100  # the pool's max_connections
    # What is still open is idle in the pool, within its keep-alive limit.
    assert await server.until(lambda: server.open_count <= 20)
    await flavor.close(client)
    assert await server.until(lambda: server.open_count == 0), [c for c in server.connections if c.open]
    assert {c.closed_by for c in server.connections} <= {"client", "server"}
