"""The emulator's sockets read client messages as the service does (unknown keys ignored, nulls
as "not given", voice_settings in text messages), take all three auth forms, answer every
failure with an error message and a close frame, never charge a failed generation, free
their slot on disconnect, and serve the official SDK's ``convert_realtime``."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

from elevenlabs_ext import ElevenLabs, TextToSpeechSocket
from elevenlabs_ext._websockets._text import SentenceBoundaries
from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.emulator._websocket import TextBuffer

VOICE = "JBFqnCBsd6RMkjVDRZzb"
KEY = "sk_emulator_ONLY_KEY_0123456789"
WAIT = 10.0


def _url(emu: Emulator, query: str = "") -> str:
    return emu.base_url.replace("http://", "ws://") + f"/v1/text-to-speech/{VOICE}/stream-input" + query


def _exchange(url: str, messages: list[str], headers: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], int]:
    """Send ``messages`` on a raw socket; every JSON message received, and the close code."""
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    received: list[dict[str, Any]] = []
    with connect(url, proxy=None, additional_headers=headers or {}) as raw:
        try:
            for message in messages:
                raw.send(message)
        except ConnectionClosed:
            pass  # the server ended the socket early: what it sent before is still read below
        try:
            while True:
                received.append(json.loads(raw.recv(WAIT)))
        except ConnectionClosed:
            pass
    assert raw.close_code is not None  # a close frame, never a dropped connection
    return received, raw.close_code


def _wait_idle(emu: Emulator) -> None:
    deadline = time.monotonic() + WAIT
    while emu.context.limiter.active:
        assert time.monotonic() < deadline, "a closed socket still holds its concurrency slot"
        time.sleep(0.01)


def _characters_used(emu: Emulator) -> int:
    with emu.client() as client:
        return int(client.get_httpx_client().get("/v1/user/subscription").json()["character_count"])


# ------------------------------------------------------------------ leniency


def test_the_official_sdks_first_message_and_voice_settings_in_text_are_accepted(
    elevenlabs_emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    first = {
        "text": " ",
        "try_trigger_generation": True,  # not part of the first message in sockets.yaml
        "voice_settings": None,  # "not given"
        "generation_config": {"chunk_length_schedule": [50]},
        "some_future_option": {"x": 1},
    }
    text = {"text": "Hello from the official client. ", "voice_settings": {"stability": 0.5, "speed": None}}
    with caplog.at_level(logging.DEBUG, logger="elevenlabs_ext.emulator"):
        received, code = _exchange(
            _url(elevenlabs_emulator),
            [json.dumps(first), json.dumps(text), json.dumps({"text": ""})],
            {"xi-api-key": KEY},
        )
    assert code == 1000
    assert any(message.get("audio") for message in received) and received[-1] == {"isFinal": True}
    ignored = " ".join(record.getMessage() for record in caplog.records)
    assert "try_trigger_generation" in ignored and "some_future_option" in ignored


def test_the_official_sdk_convert_realtime_speaks(elevenlabs_emulator: Emulator) -> None:
    from elevenlabs.client import ElevenLabs as OfficialElevenLabs  # the dev extra installs it

    sdk = OfficialElevenLabs(api_key=KEY, base_url=elevenlabs_emulator.base_url)
    # The SDK builds its socket URL from a base it forces to wss:// (the emulator is ws://).
    sdk.text_to_speech._ws_base_url = elevenlabs_emulator.base_url.replace("http://", "ws://")

    def text() -> Iterator[str]:
        yield "The official client "
        yield "speaks to the emulator."

    audio = b"".join(sdk.text_to_speech.convert_realtime(voice_id=VOICE, text=text(), model_id="eleven_flash_v2_5"))
    assert len(audio) > 1000
    assert audio[:3] == b"ID3" or (audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0)  # MP3, the SDK's default format
    assert _characters_used(elevenlabs_emulator) > 0


# ------------------------------------------------------------------ auth forms


@pytest.mark.elevenlabs_emulator(api_keys=KEY)
@pytest.mark.parametrize("field", ["xi_api_key", "xi-api-key"])
def test_a_key_in_the_first_message_authenticates(elevenlabs_emulator: Emulator, field: str) -> None:
    good, code = _exchange(
        _url(elevenlabs_emulator),
        [json.dumps({"text": " ", field: KEY}), json.dumps({"text": "Hi there. "}), '{"text": ""}'],
    )
    assert code == 1000 and good[-1] == {"isFinal": True}
    bad, code = _exchange(_url(elevenlabs_emulator), [json.dumps({"text": " ", field: "sk_wrong"})])
    assert code == 1008 and bad[0]["error"] == "invalid_api_key"
    _wait_idle(elevenlabs_emulator)


@pytest.mark.elevenlabs_emulator(api_keys=KEY)
def test_an_authorization_query_parameter_authenticates(elevenlabs_emulator: Emulator) -> None:
    from websockets.exceptions import InvalidStatus

    received, code = _exchange(
        _url(elevenlabs_emulator, f"?authorization=Bearer%20{KEY}"),
        ['{"text": " "}', '{"text": "Hi. "}', '{"text": ""}'],
    )
    assert code == 1000 and received[-1] == {"isFinal": True}
    with pytest.raises(InvalidStatus) as refused:
        _exchange(_url(elevenlabs_emulator, "?authorization=sk_wrong"), ['{"text": " "}'])
    assert refused.value.response.status_code == 401


# ------------------------------------------------------------------ failures


@pytest.mark.parametrize("speed", ["1e308", "NaN", "Infinity", "-1"])
def test_an_impossible_setting_is_an_error_message_and_a_close_and_costs_nothing(
    elevenlabs_emulator: Emulator, speed: str
) -> None:
    first = '{"text": " ", "voice_settings": {"speed": %s}}' % speed  # noqa: UP031 - NaN is not JSON
    received, code = _exchange(
        _url(elevenlabs_emulator), [first, '{"text": "Hello. "}', '{"text": ""}'], {"xi-api-key": KEY}
    )
    assert code == 1008
    assert received[0]["error"] == "invalid_input_message" and "speed" in received[0]["message"]
    assert _characters_used(elevenlabs_emulator) == 0
    _wait_idle(elevenlabs_emulator)


def test_a_failing_generation_is_an_error_and_a_1011_close_and_costs_nothing(
    elevenlabs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from elevenlabs_ext.emulator import _websocket

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("the synthesiser crashed")

    monkeypatch.setattr(_websocket, "synthesize", broken)
    received, code = _exchange(
        _url(elevenlabs_emulator), ['{"text": " "}', '{"text": "Hello. ", "flush": true}'], {"xi-api-key": KEY}
    )
    assert code == 1011 and received[-1]["error"] == "internal_error"
    assert _characters_used(elevenlabs_emulator) == 0
    _wait_idle(elevenlabs_emulator)


@pytest.mark.elevenlabs_emulator(concurrency=1)
def test_a_dropped_client_frees_its_slot(elevenlabs_emulator: Emulator) -> None:
    from websockets.sync.client import connect

    raw = connect(_url(elevenlabs_emulator), proxy=None, additional_headers={"xi-api-key": KEY}).__enter__()
    raw.send('{"text": " "}')
    raw.send('{"text": "' + "A long text that keeps the speaker busy. " * 5 + '", "flush": true}')
    assert elevenlabs_emulator.context.limiter.active == 1
    raw.socket.close()  # gone without a close frame, mid-generation
    raw.close_socket()
    _wait_idle(elevenlabs_emulator)
    with elevenlabs_emulator.client() as client, TextToSpeechSocket(client, VOICE) as tts:
        tts.end_input()
        assert [chunk.is_final for chunk in tts] == [True]


def test_the_server_log_never_shows_the_key(elevenlabs_emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.DEBUG),
        caplog.at_level(logging.DEBUG, logger="uvicorn.error"),
        ElevenLabs(api_key=KEY, base_url=elevenlabs_emulator.base_url) as client,
        TextToSpeechSocket(client, VOICE) as tts,
    ):
        # How a websockets server logs a handshake's headers, on the logger uvicorn gives it.
        logging.getLogger("uvicorn.error").debug("< %s: %s", "xi-api-key", KEY)
        tts.end_input()
        list(tts)
    lines = [record.getMessage() for record in caplog.records]
    assert "< xi-api-key: ***" in lines
    assert not any(KEY in line for line in lines)


# ------------------------------------------------------------------ auto_mode


def test_auto_mode_scans_each_piece_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text without a sentence end costs linear time: each piece is scanned once (with
    the short run of punctuation before it), never the whole held text again."""
    scanned = 0
    pattern = SentenceBoundaries._END

    class Counting:
        def finditer(self, text: str) -> Any:
            nonlocal scanned
            scanned += len(text)
            return pattern.finditer(text)

    monkeypatch.setattr(SentenceBoundaries, "_END", Counting())
    buffer = TextBuffer(auto_mode=True)
    piece = "word " * 20
    for _ in range(2000):
        assert buffer.add(piece) is None
    assert scanned == 2000 * len(piece)
    assert buffer.add("end. ") == piece * 2000 + "end. "
    assert buffer.add('Done!")', flush=False) is None
    assert buffer.add(" ") == 'Done!") '
