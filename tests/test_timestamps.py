"""``stream_with_timestamps``/``astream_with_timestamps`` over a real server, and the
``NDJSONDecoder`` they use, fed every way a body can be split."""

from __future__ import annotations

import base64
import json
import random
from typing import Any

import pytest
from elevenlabs_api.api.text_to_speech import text_to_speech_stream_with_timestamps
from elevenlabs_api.models import AudioChunkWithTimestamps, CharacterAlignment, TextToSpeechRequest

from elevenlabs_ext import StreamDecodeError, UnprocessableEntityError
from elevenlabs_ext import _streaming as ext_streaming
from elevenlabs_ext._ndjson import Line, NDJSONDecoder

from .conftest import Flavor, MakeClient
from .loopback import Chunked, LoopbackServer, Reply, pieces

BODY = TextToSpeechRequest(text="Olá, ok")


def _alignment(text: str, start: float) -> dict[str, Any]:
    return {
        "characters": list(text),
        "character_start_times_seconds": [round(start + 0.1 * i, 3) for i in range(len(text))],
        "character_end_times_seconds": [round(start + 0.1 * (i + 1), 3) for i in range(len(text))],
    }


def _line(audio: bytes, **fields: Any) -> bytes:
    return json.dumps({"audio_base64": base64.b64encode(audio).decode(), **fields}, ensure_ascii=False).encode()


AUDIO_1, AUDIO_2, AUDIO_3 = b"\x00\x01\xff" * 50, b"second chunk \xc3", b""
LINE_1 = _line(AUDIO_1, alignment=_alignment("Olá,", 0.0), normalized_alignment=_alignment("Olá,", 0.0))
LINE_2 = _line(AUDIO_2, alignment=None, normalized_alignment=None)
LINE_3 = _line(AUDIO_3)  # no alignment keys at all
VALID = LINE_1 + b"\n" + LINE_2 + b"\n" + LINE_3 + b"\n"


def _check_valid_chunks(chunks: list[Any]) -> None:
    assert [chunk.audio for chunk in chunks] == [AUDIO_1, AUDIO_2, AUDIO_3]
    first = chunks[0]
    assert isinstance(first.alignment, CharacterAlignment)
    assert first.alignment.characters == ["O", "l", "á", ","]
    assert first.alignment.character_start_times_seconds == [0.0, 0.1, 0.2, 0.3]
    assert first.alignment.character_end_times_seconds == [0.1, 0.2, 0.3, 0.4]
    assert isinstance(first.normalized_alignment, CharacterAlignment)
    assert all(chunk.alignment is None and chunk.normalized_alignment is None for chunk in chunks[1:])
    assert all(isinstance(chunk.raw, AudioChunkWithTimestamps) for chunk in chunks)


class RecordingDecoder(NDJSONDecoder):
    """Remembers the size of every piece the stream fed it."""

    fed: list[int]

    def feed(self, data: bytes) -> list[Line]:
        RecordingDecoder.fed.append(len(data))
        return super().feed(data)


@pytest.fixture
def fed_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    RecordingDecoder.fed = []
    monkeypatch.setattr(ext_streaming, "NDJSONDecoder", RecordingDecoder)
    return RecordingDecoder.fed


async def _collect(flavor: Flavor, client: Any) -> tuple[list[Any], BaseException | None]:
    """The chunks a with-timestamps stream yields, and the error that ended it (if any)."""
    chunks: list[Any] = []
    try:
        async with flavor.stream_with_timestamps(
            text_to_speech_stream_with_timestamps, client=client, voice_id="v1", body=BODY
        ) as stream:
            async for chunk in stream:
                chunks.append(chunk)
    except StreamDecodeError as error:
        return chunks, error
    return chunks, None


# -- over the network ----------------------------------------------------------------------


async def test_one_byte_pieces_give_typed_chunks(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient, fed_sizes: list[int]
) -> None:
    server.enqueue(Chunked(pieces(VALID, 1), headers={"content-type": "application/x-ndjson"}))

    chunks, error = await _collect(flavor, await make_client())

    assert error is None
    _check_valid_chunks(chunks)
    assert set(fed_sizes) == {1}  # the decoder really was fed one byte at a time
    request = server.requests[0]
    assert request.path == "/v1/text-to-speech/v1/stream/with-timestamps"
    assert request.json() == BODY.to_dict()


async def test_timestamp_streams_expose_the_response_metadata(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    headers = {"request-id": "req-7", "character-cost": "12", "history-item-id": "hist-3"}
    server.enqueue(Chunked([VALID], headers={"content-type": "application/x-ndjson", **headers}))
    async with flavor.stream_with_timestamps(
        text_to_speech_stream_with_timestamps, client=await make_client(), voice_id="v1", body=BODY
    ) as stream:
        assert (stream.status_code, stream.request_id, stream.character_cost, stream.history_item_id) == (
            200,
            "req-7",
            12,
            "hist-3",
        )
        assert stream.content_type == "application/x-ndjson"
        _check_valid_chunks([chunk async for chunk in stream])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(VALID.rstrip(b"\n"), id="no-final-newline"),
        pytest.param(b"\n" + LINE_1 + b"\n\n  \t\n" + LINE_2 + b"\n\n" + LINE_3 + b"\n\n", id="blank-lines"),
        pytest.param(VALID.replace(b"\n", b"\r\n"), id="crlf"),
    ],
)
@pytest.mark.parametrize("framing", ["chunked", "content-length"])
async def test_valid_body_shapes(
    flavor: Flavor, body: bytes, framing: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    # One byte per write either way; with a Content-Length the client may read several at once.
    server.enqueue(Chunked(pieces(body, 1)) if framing == "chunked" else Reply(200, body=body, write_size=1))
    chunks, error = await _collect(flavor, await make_client())
    assert error is None
    _check_valid_chunks(chunks)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(b'{"audio_base64": "QUJD", oops}', id="not-json"),
        pytest.param(b'["audio_base64", "QUJD"]', id="json-array"),
        pytest.param(b'"just a string"', id="json-string"),
        pytest.param(b'{"alignment": null}', id="no-audio_base64"),
        pytest.param(b'{"audio_base64": "not base64!"}', id="bad-base64"),
        pytest.param(b'{"audio_base64": 42}', id="audio-not-a-string"),
        pytest.param(_line(b"x", alignment="Hi"), id="alignment-a-string"),
        pytest.param(_line(b"x", alignment={"chars": ["H"]}), id="alignment-without-arrays"),
        pytest.param(_line(b"x", alignment={**_alignment("Hi", 0), "characters": "Hi"}), id="characters-not-a-list"),
        pytest.param(
            _line(b"x", alignment={**_alignment("Hi", 0), "character_end_times_seconds": [0.1]}),
            id="alignment-arrays-of-different-lengths",
        ),
        pytest.param(
            _line(b"x", alignment=None, normalized_alignment={**_alignment("Hi", 0), "characters": ["H"]}),
            id="normalized-alignment-arrays-of-different-lengths",
        ),
        pytest.param(
            _line(b"x", alignment={**_alignment("Hi", 0), "character_start_times_seconds": ["0", "1"]}),
            id="alignment-times-not-numbers",
        ),
    ],
)
@pytest.mark.parametrize("reads", ["byte-by-byte", "one-read"])
async def test_a_malformed_line_raises_with_its_line_number(
    flavor: Flavor, bad: bytes, reads: str, server: LoopbackServer, make_client: MakeClient
) -> None:
    # Line 2 is blank (it still counts), the bad line is line 4, a good line follows it.
    # In one read, the good lines before the bad one must still be delivered before the error.
    body = LINE_1 + b"\n\n" + LINE_2 + b"\n" + bad + b"\n" + LINE_3 + b"\n"
    server.enqueue(Chunked(pieces(body, 1) if reads == "byte-by-byte" else [body]))

    chunks, error = await _collect(flavor, await make_client())

    assert [chunk.audio for chunk in chunks] == [AUDIO_1, AUDIO_2]  # nothing after the bad line
    assert isinstance(error, StreamDecodeError)
    assert error.line_number == 4
    assert "line 4" in str(error)


async def test_a_truncated_last_line_raises(flavor: Flavor, server: LoopbackServer, make_client: MakeClient) -> None:
    body = LINE_1 + b"\n" + LINE_2[:-9]  # the body ends inside the second object
    server.enqueue(Chunked(pieces(body, 1)))

    chunks, error = await _collect(flavor, await make_client())

    assert [chunk.audio for chunk in chunks] == [AUDIO_1]
    assert isinstance(error, StreamDecodeError)
    assert error.line_number == 2
    assert "truncated" in str(error)


async def test_an_error_status_raises_on_entering(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    detail = [{"loc": ["body", "text"], "msg": "String should have at most 5000 characters", "type": "too_long"}]
    server.enqueue(Reply(422, body={"detail": detail}, headers={"request-id": "req_ts"}))
    client = await make_client()

    with pytest.raises(UnprocessableEntityError) as caught:
        async with flavor.stream_with_timestamps(
            text_to_speech_stream_with_timestamps, client=client, voice_id="v1", body=BODY
        ):
            pytest.fail("entered the stream of a 422")

    assert caught.value.request_id == "req_ts"
    validation = caught.value.validation
    assert validation is not None
    assert validation.detail[0].type_ == "too_long"


# -- NDJSONDecoder, no I/O -----------------------------------------------------------------

DECODER_BODY = (
    b'{"a": 1}\n'
    b"\n"
    b'{"b": "\xc3\xa9\\n\xf0\x9f\x94\x8a"}\r\n'  # an escaped newline inside a string, multi-byte UTF-8
    b"   \n"
    b'{"c": [1, 2, {"d": null}], "e": "}{"}\n'
)
DECODER_OBJECTS = [{"a": 1}, {"b": "é\n🔊"}, {"c": [1, 2, {"d": None}], "e": "}{"}]


def _decode_lines(body_pieces: list[bytes], decoder: NDJSONDecoder | None = None) -> list[Line]:
    decoder = decoder or NDJSONDecoder()
    lines: list[Line] = []
    for piece in body_pieces:
        lines += decoder.feed(piece)
    return lines + decoder.close()


def _decode(body_pieces: list[bytes], decoder: NDJSONDecoder | None = None) -> list[dict[str, Any]]:
    return [value for _, value in _decode_lines(body_pieces, decoder)]


def _decode_until_error(body_pieces: list[bytes]) -> tuple[list[dict[str, Any]], StreamDecodeError | None]:
    lines: list[Line] = []
    decoder = NDJSONDecoder()
    try:
        for piece in body_pieces:
            lines += decoder.feed(piece)
        lines += decoder.close()
    except StreamDecodeError as error:
        return [value for _, value in lines], error
    return [value for _, value in lines], None


def _random_split(data: bytes, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(data)), rng.randint(1, 12)))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]


@pytest.mark.parametrize("cut", range(len(DECODER_BODY) + 1))
def test_decoder_any_two_piece_split(cut: int) -> None:
    assert _decode([DECODER_BODY[:cut], DECODER_BODY[cut:]]) == DECODER_OBJECTS


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_decoder_fixed_size_pieces(size: int) -> None:
    assert _decode(pieces(DECODER_BODY, size)) == DECODER_OBJECTS


@pytest.mark.parametrize("seed", range(30))
def test_decoder_random_splits(seed: int) -> None:
    assert _decode(_random_split(DECODER_BODY, seed)) == DECODER_OBJECTS


def test_decoder_empty_pieces_and_line_count() -> None:
    decoder = NDJSONDecoder()
    assert _decode([b"", DECODER_BODY, b""], decoder) == DECODER_OBJECTS
    assert decoder.line_number == 5


def test_decoder_numbers_each_line_counting_blank_ones() -> None:
    assert [number for number, _ in _decode_lines(pieces(DECODER_BODY, 3))] == [1, 3, 5]


def test_decoder_last_line_without_newline() -> None:
    assert _decode([b'{"a": 1}\n{"b": 2}']) == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize(
    ("body", "line_number", "words"),
    [
        pytest.param(b'{"a": 1}\n{"b": \n{"c": 3}\n', 2, "not valid JSON", id="invalid-json"),
        pytest.param(b'{"a": 1}\n\n[1]\n', 3, "JSON list", id="array"),
        pytest.param(b"42\n", 1, "JSON int", id="number"),
        pytest.param(b'{"a": 1}\n{"b": "unfinished', 2, "truncated", id="truncated-last-line"),
        pytest.param(b'{"a": 1}\n\xff\xfe{}\n', 2, "not valid JSON", id="not-utf8"),
    ],
)
def test_decoder_errors_name_the_line(body: bytes, line_number: int, words: str) -> None:
    for body_pieces in ([body], pieces(body, 1)):
        with pytest.raises(StreamDecodeError) as caught:
            _decode(body_pieces)
        assert caught.value.line_number == line_number
        assert f"line {line_number}" in str(caught.value)
        assert words in str(caught.value)


def test_decoder_line_too_long() -> None:
    decoder = NDJSONDecoder(max_line_bytes=16)
    assert decoder.feed(b'{"a": 1}\n') == [(1, {"a": 1})]
    with pytest.raises(StreamDecodeError) as caught:
        decoder.feed(b'{"b": "' + b"x" * 20)
    assert caught.value.line_number == 2


def test_decoder_feed_after_close() -> None:
    decoder = NDJSONDecoder()
    decoder.close()
    with pytest.raises(RuntimeError):
        decoder.feed(b"{}\n")


BAD_THIRD_LINE = b'{"a": 1}\n{"b": 2}\n{bad\n{"c": 3}\n'


@pytest.mark.parametrize(
    "body_pieces",
    [
        pytest.param(pieces(BAD_THIRD_LINE, 1), id="1-byte-pieces"),
        pytest.param(pieces(BAD_THIRD_LINE, 4), id="4-byte-pieces"),
        pytest.param([BAD_THIRD_LINE], id="one-piece"),
        pytest.param([BAD_THIRD_LINE[:5], BAD_THIRD_LINE[5:]], id="bad-line-with-good-ones"),
    ],
)
def test_decoder_delivers_the_objects_before_a_bad_line(body_pieces: list[bytes]) -> None:
    objects, error = _decode_until_error(body_pieces)
    assert objects == [{"a": 1}, {"b": 2}]
    assert error is not None
    assert error.line_number == 3
