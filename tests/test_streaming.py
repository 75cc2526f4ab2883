"""``stream``/``astream`` against a real HTTP/1.1 server on 127.0.0.1: progress, metadata,
files, cut bodies, timeouts, error statuses, single consumption and connection hygiene.

Every test runs with the sync and the async client (the ``flavor`` fixture) and, where the
request shape matters, over a JSON endpoint (text_to_speech_stream) and a multipart upload
(speech_to_speech_stream).
"""

from __future__ import annotations

import gc
import io
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from elevenlabs_api.api.speech_to_speech import speech_to_speech_stream
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import SpeechToSpeechForm, TextToSpeechRequest
from elevenlabs_api.types import File

from elevenlabs_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    StreamConsumedError,
    UnprocessableEntityError,
    astream,
    stream,
)

from .conftest import Flavor, MakeClient
from .loopback import (
    Behaviour,
    Chunked,
    LoopbackServer,
    RecordedRequest,
    Reply,
    ResetAfter,
    ShortBody,
    Stall,
    parse_multipart,
    pieces,
)

AUDIO = bytes(range(256)) * 40  # 10 KiB of "audio"
UPLOAD = b"RIFF" + bytes(reversed(range(256))) * 8  # what speech_to_speech uploads
AUDIO_HEADERS = {"content-type": "audio/mpeg"}
TTS_BODY = TextToSpeechRequest(text="Hello, wörld", model_id="eleven_flash_v2_5", seed=3)


@dataclass(frozen=True)
class Endpoint:
    id: str
    module: ModuleType
    params: Callable[[], dict[str, Any]]  # fresh arguments per call (an upload is read once)
    check: Callable[[RecordedRequest], None]  # the request arrived as the endpoint describes

    def __str__(self) -> str:
        return self.id


def _check_tts(request: RecordedRequest) -> None:
    assert request.method == "POST"
    assert request.path == "/v1/text-to-speech/voice%2F1/stream"
    assert request.query == {"enable_logging": ["true"], "output_format": ["pcm_16000"]}
    assert request.headers["content-type"] == "application/json"
    assert request.json() == TTS_BODY.to_dict()


def _check_sts(request: RecordedRequest) -> None:
    assert request.method == "POST"
    assert request.path == "/v1/speech-to-speech/voice-2/stream"
    assert request.query == {"enable_logging": ["true"], "output_format": ["mp3_44100_128"]}
    parts = {part.name: part for part in parse_multipart(request.body, request.headers["content-type"])}
    assert parts["audio"].data == UPLOAD
    assert parts["audio"].filename == "in.wav"
    assert parts["audio"].content_type == "audio/wav"
    assert parts["seed"].data == b"7"
    assert parts["model_id"].data == b"eleven_english_sts_v2"


TTS = Endpoint(
    "text_to_speech_stream",
    text_to_speech_stream,
    lambda: {"voice_id": "voice/1", "body": TTS_BODY, "output_format": "pcm_16000"},
    _check_tts,
)
STS = Endpoint(
    "speech_to_speech_stream",
    speech_to_speech_stream,
    lambda: {
        "voice_id": "voice-2",
        "body": SpeechToSpeechForm(
            audio=File(payload=io.BytesIO(UPLOAD), file_name="in.wav", mime_type="audio/wav"), seed=7
        ),
    },
    _check_sts,
)
ENDPOINTS = pytest.mark.parametrize("endpoint", [TTS, STS], ids=str)


def _open(flavor: Flavor, endpoint: Endpoint, client: Any, **options: Any) -> Any:
    return flavor.stream(endpoint.module, client=client, **endpoint.params(), **options)


async def _consume(audio: Any, sink: bytearray, entered: list[int] | None = None) -> None:
    """Enter ``audio`` (noting its status in ``entered``) and append its chunks to ``sink``."""
    async with audio:
        if entered is not None:
            entered.append(audio.status_code)
        async for chunk in audio:
            sink += chunk


# Ways a body can end before it is complete. Each must surface as APIConnectionError.
CUTS: dict[str, Callable[[], Behaviour]] = {
    "reset-content-length": lambda: ResetAfter(AUDIO, after=3000, headers=AUDIO_HEADERS),
    "reset-chunked": lambda: ResetAfter(AUDIO, after=3000, chunked=True, headers=AUDIO_HEADERS),
    "reset-between-chunks": lambda: Chunked(pieces(AUDIO[:4000], 1000), end="reset", headers=AUDIO_HEADERS),
    "chunked-without-terminator": lambda: Chunked(pieces(AUDIO[:4000], 1000), end="close", headers=AUDIO_HEADERS),
    "shorter-than-content-length": lambda: ShortBody(AUDIO[:3000], content_length=len(AUDIO)),
}


@ENDPOINTS
async def test_chunks_are_yielded_as_they_arrive(
    flavor: Flavor, endpoint: Endpoint, server: LoopbackServer, make_client: MakeClient
) -> None:
    gate = threading.Event()
    chunks = [bytes([65 + i]) * 700 for i in range(5)]
    script = Chunked(chunks, gate=gate, gate_at=1, gate_timeout=3, headers=AUDIO_HEADERS)
    server.enqueue(script)
    client = await make_client()

    received: list[bytes] = []
    async with _open(flavor, endpoint, client) as audio:
        async for chunk in audio:
            if not received:
                # The server holds chunks 1..4 back until the test has the first one.
                assert not script.sent[1].is_set()
                assert not script.finished.is_set()
                gate.set()
            received.append(chunk)

    assert not script.gate_timed_out
    assert b"".join(received) == b"".join(chunks)
    assert len(server.requests) == 1
    endpoint.check(server.requests[0])


@ENDPOINTS
async def test_metadata_and_read(
    flavor: Flavor, endpoint: Endpoint, server: LoopbackServer, make_client: MakeClient
) -> None:
    headers = {
        "content-type": "audio/mpeg",
        "request-id": "req_0123",
        "character-cost": "12",
        "history-item-id": "hist_9",
    }
    server.enqueue(Reply(200, body=AUDIO, headers=headers))
    client = await make_client()

    async with _open(flavor, endpoint, client) as audio:
        assert audio.status_code == 200
        assert audio.headers["character-cost"] == "12"
        assert audio.content_type == "audio/mpeg"
        assert audio.request_id == "req_0123"
        assert audio.character_cost == 12
        assert audio.history_item_id == "hist_9"
        assert await audio.read() == AUDIO
        assert audio.closed
    endpoint.check(server.requests[0])


async def test_request_id_falls_back_to_x_request_id(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=b"x", headers={"x-request-id": "xreq_1", "character-cost": "n/a"}))
    client = await make_client()
    async with _open(flavor, TTS, client) as audio:
        assert audio.request_id == "xreq_1"
        assert audio.character_cost is None  # unreadable, not an exception
        assert await audio.read() == b"x"


@ENDPOINTS
async def test_to_file_writes_the_exact_bytes(
    flavor: Flavor, endpoint: Endpoint, server: LoopbackServer, make_client: MakeClient, tmp_path: Any
) -> None:
    server.enqueue(Chunked(pieces(AUDIO, 333), delay=0.001, headers=AUDIO_HEADERS))
    client = await make_client()
    target = tmp_path / "speech.mp3"

    async with _open(flavor, endpoint, client) as audio:
        written = await audio.to_file(target)

    assert written == len(AUDIO)
    assert target.read_bytes() == AUDIO
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left beside it
    # Permissions follow the umask, as for open(path, "wb"), not mkstemp's owner-only 0600.
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("existing", [None, b"previous take"], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("cut", list(CUTS))
async def test_to_file_leaves_no_partial_file_when_the_body_is_cut(
    flavor: Flavor, cut: str, existing: bytes | None, server: LoopbackServer, make_client: MakeClient, tmp_path: Any
) -> None:
    server.enqueue(CUTS[cut]())
    client = await make_client()
    target = tmp_path / "speech.mp3"
    if existing is not None:
        target.write_bytes(existing)

    with pytest.raises(APIConnectionError) as caught:
        async with _open(flavor, TTS, client) as audio:
            await audio.to_file(target)

    assert not isinstance(caught.value, APITimeoutError)
    if existing is None:
        assert list(tmp_path.iterdir()) == []
    else:
        assert list(tmp_path.iterdir()) == [target]
        assert target.read_bytes() == existing
    assert len(server.requests) == 1  # a body that had started is never retried


@pytest.mark.parametrize("cut", list(CUTS))
async def test_a_cut_body_raises_instead_of_ending_short(
    flavor: Flavor, cut: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(CUTS[cut]())
    client = await make_client()
    received = bytearray()

    with pytest.raises(APIConnectionError) as caught:
        await _consume(_open(flavor, TTS, client), received)

    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request is not None
    assert caught.value.request.url.raw_path.split(b"?")[0] == b"/v1/text-to-speech/voice%2F1/stream"
    assert 0 < len(received) < len(AUDIO)
    assert AUDIO.startswith(received)
    assert len(server.requests) == 1


@pytest.mark.parametrize("timeout_from", ["client", "stream"])
@pytest.mark.parametrize("stall", ["after-headers", "before-headers"])
async def test_read_timeout_raises_api_timeout_error(
    flavor: Flavor, stall: str, timeout_from: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Stall(before_headers=stall == "before-headers", headers=AUDIO_HEADERS))
    if timeout_from == "client":
        client, options = await make_client(timeout=0.3, max_retries=0), {}
    else:
        client, options = await make_client(timeout=30, max_retries=0), {"timeout": 0.3}
    started = time.monotonic()

    received = bytearray()
    entered: list[int] = []
    with pytest.raises(APITimeoutError):
        await _consume(_open(flavor, TTS, client, **options), received, entered)

    assert entered == ([200] if stall == "after-headers" else [])  # no headers: entering raised
    assert received == b""
    assert 0.25 < time.monotonic() - started < 5
    # The client gives the silent connection up: the server sees it close.
    assert await server.until(lambda: server.connections[0].closed_by == "client")


STATUS_CASES = {
    "404": (
        404,
        {"detail": {"status": "voice_not_found", "message": "A voice with voice_id voice/1 was not found."}},
        {"request-id": "req_404"},
        NotFoundError,
    ),
    "422": (
        422,
        {"detail": [{"loc": ["body", "text"], "msg": "Field required", "type": "missing"}]},
        {"request-id": "req_422"},
        UnprocessableEntityError,
    ),
    "401": (
        401,
        {"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota."}},
        {"x-request-id": "req_401"},
        AuthenticationError,
    ),
    "429-long-wait": (
        429,
        {"detail": {"status": "too_many_concurrent_requests", "message": "Too many requests."}},
        {"request-id": "req_429", "retry-after": "120"},
        RateLimitError,
    ),
}


@pytest.mark.parametrize("case", list(STATUS_CASES))
async def test_an_error_status_raises_the_typed_error_on_entering(
    flavor: Flavor, case: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    status, body, headers, error_type = STATUS_CASES[case]
    server.enqueue(Reply(status, body=body, headers=headers))
    client = await make_client()
    entered = False

    with pytest.raises(error_type) as caught:
        async with _open(flavor, TTS, client):
            entered = True

    error = caught.value
    assert not entered
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == next(iter(headers.values()))
    assert error.request_id in str(error)
    assert len(server.requests) == 1
    if status == 422:
        assert isinstance(error, UnprocessableEntityError)
        validation = error.validation
        assert validation is not None
        assert [(item.loc, item.msg, item.type_) for item in validation.detail] == [
            (["body", "text"], "Field required", "missing")
        ]
        assert "body.text: Field required" in str(error)
    else:
        assert error.code == body["detail"]["status"]
    if status == 429:
        assert isinstance(error, RateLimitError)
        assert error.retry_after == 120.0


@pytest.mark.parametrize("first", ["read", "iterate", "break"])
async def test_a_body_can_be_consumed_once(
    flavor: Flavor, first: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Chunked(pieces(AUDIO, 1000), headers=AUDIO_HEADERS))
    client = await make_client()

    async with _open(flavor, TTS, client) as audio:
        if first == "read":
            assert await audio.read() == AUDIO
        else:
            async for _ in audio:
                if first == "break":
                    break
        with pytest.raises(StreamConsumedError):
            await audio.read()
        with pytest.raises(StreamConsumedError):
            async for _ in audio:
                pass


async def test_break_inside_with_closes_the_connection(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    never = threading.Event()
    script = Chunked(pieces(AUDIO, 1000), gate=never, gate_at=1, gate_timeout=10, headers=AUDIO_HEADERS)
    server.enqueue(script)
    client = await make_client()

    async with _open(flavor, TTS, client) as audio:
        async for chunk in audio:
            assert chunk == AUDIO[:1000]
            break
    assert audio.closed

    # The server is still holding the rest back when it sees the client hang up.
    assert await server.until(lambda: server.connections[0].closed_by == "client", within=5)
    assert not script.finished.is_set()
    assert len(server.connections) == 1


async def _abandon_a_stream(flavor: Flavor, server: LoopbackServer, client: Any) -> tuple[list[str], bool]:
    """Open a stream, drop it unclosed; return the ResourceWarnings and whether the server saw the close."""
    never = threading.Event()
    server.enqueue(Chunked(pieces(AUDIO, 1000), gate=never, gate_at=1, gate_timeout=10, headers=AUDIO_HEADERS))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        audio = _open(flavor, TTS, client)
        await audio.open()
        del audio
        gc.collect()
        closed = await server.until(lambda: server.connections[0].closed_by == "client", within=5)
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)], closed


async def test_an_abandoned_stream_warns_and_its_connection_closes(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    messages, closed = await _abandon_a_stream(flavor, server, await make_client())

    assert len(messages) == 1, messages
    kind = "AsyncAudioStream" if flavor.is_async else "AudioStream"
    assert messages[0].startswith(f"unclosed <{kind} post /v1/text-to-speech/voice%2F1/stream ")
    assert closed, "the abandoned stream's connection was never closed"


async def test_the_abandoned_stream_warning_calls_it_open(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient, request: pytest.FixtureRequest
) -> None:
    messages, _ = await _abandon_a_stream(flavor, server, await make_client())
    assert len(messages) == 1
    assert messages[0].split(":")[0].endswith(" open>"), messages[0]


@pytest.mark.parametrize(
    "bad_arguments",
    [
        pytest.param({"voice_id": "v"}, id="missing-body"),
        pytest.param({"voice_id": "v", "body": TTS_BODY, "chunk_size": 0}, id="chunk-size-0"),
        pytest.param({"voice_id": "v", "body": TTS_BODY, "max_retries": -1}, id="negative-max-retries"),
    ],
)
async def test_bad_arguments_raise_cleanly(
    flavor: Flavor, bad_arguments: dict[str, Any], make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    unraisable: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    client = await make_client()
    opener = astream if flavor.is_async else stream

    # Regression: __del__ of a stream whose __init__ raised used to read the unset _response.
    with pytest.raises((TypeError, ValueError)):
        opener(text_to_speech_stream, client=client, **bad_arguments)
    gc.collect()

    assert [repr(u.exc_value) for u in unraisable] == []
