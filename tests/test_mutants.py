"""Tests aimed at mutants that survived the suite: each checks behaviour that a one-token change
in the code (named in the test) would break, through the public or package-level API.

* an MP3 frame sync accepted without the next frame confirming it;
* an ID3v2.4 tag's footer left out of the tag's length;
* ``base64.b64decode(..., validate=False)``, which drops bad characters instead of refusing;
* a caller's ``httpx_client`` whose mounted transports are left without our policy.
"""

from __future__ import annotations

import base64
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from elevenlabs_api.api.models import models_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream_with_timestamps
from elevenlabs_api.models import TextToSpeechWithTimestampsRequest

from elevenlabs_ext import ElevenLabs, StreamDecodeError, TextToSpeechSocket, WebSocketProtocolError
from elevenlabs_ext.longform import join_files
from elevenlabs_ext.longform._formats import parse_output_format

from .conftest import API_KEY
from .loopback import LoopbackServer, Reply

VOICE = "JBFqnCBsd6RMkjVDRZzb"


# --- MP3 joins ----------------------------------------------------------------------------


def _mp3_frames(seconds: float = 0.3) -> bytes:
    lameenc = pytest.importorskip("lameenc")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(128)
    encoder.set_in_sample_rate(44100)
    encoder.set_channels(1)
    encoder.set_quality(7)
    encoder.silence()
    return bytes(encoder.encode(bytes(int(44100 * seconds) * 2)) + encoder.flush())


def _id3v24(footer: bool) -> bytes:
    body = b"TIT2" + (6).to_bytes(4, "big") + b"\x00\x00" + b"\x03title"  # one frame: the title
    flags = 0x10 if footer else 0x00
    size = bytes((len(body) >> shift) & 0x7F for shift in (21, 14, 7, 0))  # syncsafe
    header = b"ID3\x04\x00" + bytes([flags]) + size
    return header + body + (b"3DI\x04\x00" + bytes([flags]) + size if footer else b"")


def _join(tmp_path: Path, data: bytes) -> bytes:
    piece = tmp_path / "piece.mp3"
    piece.write_bytes(data)
    out = io.BytesIO()
    join_files([piece], parse_output_format("mp3_44100_128"), out)
    return out.getvalue()


def test_a_frame_sync_in_junk_is_not_taken_for_a_frame(tmp_path: Path) -> None:
    # Mutant: _frame_at accepts a header whose next frame does not line up. A valid-looking
    # MPEG-1 Layer III header (417 bytes long) sits in junk right before the real frames.
    frames = _mp3_frames()
    fake = b"\xff\xfb\x90\x64" + b"junk" * 3
    joined = _join(tmp_path, fake + frames)
    assert joined == frames  # only the real frames; the fake one would swallow 417 bytes of them


def test_an_id3v24_footer_belongs_to_the_tag(tmp_path: Path) -> None:
    # Mutant: the footer flag is ignored, so the tag kept in front loses its 10-byte footer.
    frames = _mp3_frames()
    tag = _id3v24(footer=True)
    assert _join(tmp_path, tag + frames) == tag + frames
    plain = _id3v24(footer=False)
    assert _join(tmp_path, plain + frames) == plain + frames


# --- base64 is validated ------------------------------------------------------------------

BAD_BASE64 = "QUJD!RA=="  # "ABCD" with a "!" inside: validate=False would drop it and decode


def test_bad_base64_in_a_timestamps_line_is_a_decode_error() -> None:
    assert base64.b64decode(BAD_BASE64) == b"ABCD"  # what a lenient decoder makes of it
    alignment = {"characters": ["H"], "character_start_times_seconds": [0.0], "character_end_times_seconds": [0.1]}
    good = {"audio_base64": base64.b64encode(b"first").decode(), "alignment": alignment}
    bad = {"audio_base64": BAD_BASE64, "alignment": alignment}
    body = (json.dumps(good) + "\n" + json.dumps(bad) + "\n").encode()
    with LoopbackServer() as server, ElevenLabs(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        server.enqueue(Reply(200, body=body, headers={"content-type": "application/x-ndjson"}))
        request = TextToSpeechWithTimestampsRequest(text="H")
        received: list[bytes] = []
        with (
            pytest.raises(StreamDecodeError, match="base64") as raised,
            client_stream(client, request) as chunks,
        ):
            received.extend(chunk.audio for chunk in chunks)
    assert b"ABCD" not in received
    assert raised.value.line_number == 2


def client_stream(client: ElevenLabs, body: TextToSpeechWithTimestampsRequest) -> object:
    from elevenlabs_ext import stream_with_timestamps

    return stream_with_timestamps(text_to_speech_stream_with_timestamps, client=client, voice_id=VOICE, body=body)


@pytest.fixture
def bad_audio_socket() -> Iterator[str]:
    """A websocket server on 127.0.0.1 that answers the first message with an audio frame whose
    base64 holds a bad character, then a final frame."""
    from websockets.sync.server import ServerConnection, serve

    def handler(connection: ServerConnection) -> None:
        connection.recv()
        connection.send(json.dumps({"audio": BAD_BASE64, "isFinal": None, "alignment": None}))
        connection.send(json.dumps({"isFinal": True}))
        with _suppress_closed():
            while True:
                connection.recv()

    with serve(handler, "127.0.0.1", 0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        host, port = server.socket.getsockname()[:2]
        yield f"http://{host}:{port}"
        server.shutdown()
        thread.join(5)


def _suppress_closed() -> object:
    import contextlib

    from websockets.exceptions import ConnectionClosed

    return contextlib.suppress(ConnectionClosed)


def test_bad_base64_in_a_socket_frame_is_a_protocol_error(bad_audio_socket: str) -> None:
    with (
        ElevenLabs(api_key=API_KEY, base_url=bad_audio_socket) as client,
        TextToSpeechSocket(client, VOICE) as tts,
        pytest.raises(WebSocketProtocolError, match="base64"),
    ):
        list(tts.stream(["Hello. "]))


# --- a caller's httpx client keeps our policy on its mounts ----------------------------------


def test_a_mounted_transport_of_the_callers_client_gets_our_retry_policy() -> None:
    # Mutant: _adopt leaves user._mounts as they are, so requests through a mount skip the
    # policy (no retry of the 503 here, and the caller would see it).
    with LoopbackServer() as server:
        server.enqueue(Reply(503, headers={"retry-after-ms": "1"}), Reply(200, body=b"[]"))
        mounted = httpx.HTTPTransport()
        with (
            httpx.Client(mounts={server.url: mounted}) as http,
            ElevenLabs(api_key=API_KEY, base_url=server.url, httpx_client=http, max_retries=2) as client,
        ):
            response = models_list.sync_detailed(client=client)
        assert response.status_code == 200
        assert [r.path for r in server.requests] == ["/v1/models", "/v1/models"]
        assert all(r.headers.get("xi-api-key") == API_KEY for r in server.requests)
