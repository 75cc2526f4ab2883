"""JSON nested deeper than Python can read (RecursionError) is malformed input like any other:
every reader of the service's (or anyone's) JSON turns it into its own typed error."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from elevenlabs_ext import StreamDecodeError, WebSocketProtocolError
from elevenlabs_ext._errors import make_status_error
from elevenlabs_ext._multipart_mixed import _detailed
from elevenlabs_ext._ndjson import NDJSONDecoder
from elevenlabs_ext._websockets._stt import RealtimeSpeechToTextProtocol
from elevenlabs_ext._websockets._tts import MultiStreamInputProtocol, StreamInputProtocol
from elevenlabs_ext.webhooks import WebhookVerificationError, verify

DEEP = "[" * 100_000
DEEP_OBJECT = '{"a":' * 100_000


@pytest.mark.parametrize("frame", [DEEP, DEEP_OBJECT])
def test_socket_frames(frame: str) -> None:
    multi = MultiStreamInputProtocol()
    multi.initialize_context("a")
    single = StreamInputProtocol()
    single.initialize()
    for protocol in (multi, single, RealtimeSpeechToTextProtocol()):
        with pytest.raises(WebSocketProtocolError, match="nested too deeply"):
            protocol.receive(frame)


def test_a_timestamped_stream_line() -> None:
    decoder = NDJSONDecoder()
    with pytest.raises(StreamDecodeError, match="line 1 is not valid JSON \\(nested too deeply\\)"):
        list(decoder.feed(DEEP.encode() + b"\n"))


def test_an_error_body_is_kept_as_text() -> None:
    request = httpx.Request("GET", "https://api.elevenlabs.io/v1/voices")
    response = httpx.Response(500, content=DEEP.encode(), request=request)
    error = make_status_error(response)
    assert error.body == DEEP


def test_a_webhook_body() -> None:
    body = DEEP.encode()
    signature = hmac.new(b"secret", b"1700000000." + body, hashlib.sha256).hexdigest()
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        verify(body, f"t=1700000000,v0={signature}", "secret", now=1700000000)


def test_a_music_metadata_part() -> None:
    body = (
        b"--b\r\ncontent-type: application/json\r\n\r\n" + DEEP.encode() + b"\r\n"
        b"--b\r\ncontent-type: audio/mpeg\r\n\r\nID3\r\n--b--\r\n"
    )
    with pytest.raises(StreamDecodeError, match="metadata part is not valid JSON"):
        _detailed("multipart/mixed; boundary=b", body, None)
