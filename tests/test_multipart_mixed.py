"""multipart/mixed splitting (music/detailed): byte-exact parts, clear errors."""

from __future__ import annotations

import json

import pytest

from elevenlabs_ext import StreamDecodeError
from elevenlabs_ext._multipart_mixed import acompose_music_detailed, compose_music_detailed, split_multipart_mixed

from .conftest import Flavor, MakeClient
from .loopback import LoopbackServer, Reply

BOUNDARY = "song-7f3a"
CONTENT_TYPE = f'multipart/mixed; boundary="{BOUNDARY}"'
METADATA = {"composition_plan": {"sections": []}, "song_metadata": {"title": "Rain"}}
# Audio that looks dangerous: it ends in CRLF and contains a near-miss of the delimiter.
AUDIO = b"ID3\x04\x00" + bytes(range(256)) + b"\r\n--song-7f3 not a boundary\r\n--\r\n"


def _body(audio: bytes = AUDIO, *, preamble: bytes = b"", epilogue: bytes = b"", padding: bytes = b"") -> bytes:
    return (
        preamble
        + f"--{BOUNDARY}".encode()
        + padding
        + b"\r\nContent-Type: application/json\r\n\r\n"
        + json.dumps(METADATA).encode()
        + f"\r\n--{BOUNDARY}\r\n".encode()
        + b'Content-Type: audio/mpeg\r\nContent-Disposition: attachment; filename="rain.mp3"\r\n\r\n'
        + audio
        + f"\r\n--{BOUNDARY}--".encode()
        + epilogue
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(_body(), id="plain"),
        pytest.param(_body(preamble=b"This is a preamble.\r\n"), id="preamble"),
        pytest.param(_body(epilogue=b"\r\nepilogue text\r\n"), id="epilogue"),
        pytest.param(_body(padding=b"  \t"), id="transport-padding"),
    ],
)
def test_parts_are_exact(body: bytes) -> None:
    metadata, audio = split_multipart_mixed(CONTENT_TYPE, body)
    assert json.loads(metadata.content) == METADATA
    assert metadata.content_type == "application/json"
    assert audio.content == AUDIO  # no trailing CRLF, no closing boundary
    assert audio.filename == "rain.mp3"


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("audio/mpeg", _body(), "expected a multipart body"),
        ("multipart/mixed", _body(), "without a boundary"),
        (CONTENT_TYPE, _body()[:-40], "cut short"),
        (CONTENT_TYPE, b"no boundary here", "no opening boundary"),
        (CONTENT_TYPE, f"--{BOUNDARY}\r\nbroken header\r\n\r\nx\r\n--{BOUNDARY}--".encode(), "malformed header"),
    ],
)
def test_malformed_bodies_raise(content_type: str, body: bytes, message: str) -> None:
    with pytest.raises(StreamDecodeError, match=message):
        split_multipart_mixed(content_type, body)


async def test_compose_music_detailed_end_to_end(
    flavor: Flavor, server: LoopbackServer, make_client: MakeClient
) -> None:
    server.enqueue(Reply(200, body=_body(), headers={"content-type": CONTENT_TYPE, "song-id": "song-1"}))
    client = await make_client()
    from elevenlabs_api.models import MusicComposeDetailedRequest

    body = MusicComposeDetailedRequest(prompt="rain on a tin roof, lo-fi", music_length_ms=10_000)
    if flavor.is_async:
        music = await acompose_music_detailed(client, body=body)
    else:
        music = compose_music_detailed(client, body=body)
    assert (music.metadata, music.audio, music.filename, music.song_id) == (METADATA, AUDIO, "rain.mp3", "song-1")
    assert music.audio_content_type == "audio/mpeg"
    assert server.requests[0].path == "/v1/music/detailed"
