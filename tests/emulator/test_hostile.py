"""Hostile or careless input: one test per way it used to break the emulator for everyone."""

from __future__ import annotations

import io
import os
import threading
import time
import wave
from collections.abc import Iterator

import httpx
import pytest

from elevenlabs_ext.emulator import Emulator, parse_fault
from elevenlabs_ext.emulator import _routes_audio as audio_routes
from elevenlabs_ext.emulator import _routes_speech as speech_routes

from .conftest import VOICE

KEY = {"xi-api-key": "any-key"}


def _post(emu: Emulator, path: str, **kwargs: object) -> httpx.Response:
    headers = {**KEY, **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    return httpx.post(f"{emu.base_url}{path}", headers=headers, timeout=30, **kwargs)  # type: ignore[arg-type]


def _get(emu: Emulator, path: str) -> httpx.Response:
    return httpx.get(f"{emu.base_url}{path}", headers=KEY, timeout=30)


def _speak(emu: Emulator, text: str = "Hello there.", **extra: object) -> httpx.Response:
    return _post(emu, f"/v1/text-to-speech/{VOICE}", json={"text": text, **extra})


# ---------------------------------------------------------------------- poisoned shared state


@pytest.mark.parametrize(
    "body",
    [
        b'{"speed": -1e308}',
        b'{"stability": NaN}',
        b'{"speed": Infinity}',
        b'{"similarity_boost": 1e400}',
        b'{"style": 2}',
    ],
)
def test_bad_voice_settings_are_422_and_do_not_poison_the_voice(emu: Emulator, body: bytes) -> None:
    answer = _post(emu, f"/v1/voices/{VOICE}/settings/edit", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422 and answer.json()["detail"][0]["loc"][0] == "body"
    assert _speak(emu).status_code == 200
    assert _get(emu, "/v1/voices").status_code == 200
    assert _get(emu, f"/v1/voices/{VOICE}/settings").json()["speed"] == 1.0


def test_a_lone_surrogate_is_422_and_history_stays_readable(emu: Emulator) -> None:
    body = b'{"text": "Hello \\ud800 there"}'
    for path in (f"/v1/text-to-speech/{VOICE}/with-timestamps", f"/v1/text-to-speech/{VOICE}"):
        answer = _post(emu, path, content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == "string_unicode"
    assert _get(emu, "/v1/history").status_code == 200
    assert emu.state.character_count == 0


def test_settings_edit_keeps_only_known_fields(emu: Emulator) -> None:
    answer = _post(emu, f"/v1/voices/{VOICE}/settings/edit", json={"stability": 0.3, "bogus": {"x": 1}})
    assert answer.status_code == 200
    stored = _get(emu, f"/v1/voices/{VOICE}/settings").json()
    assert stored["stability"] == 0.3 and "bogus" not in stored


# ---------------------------------------------------------------------- crashes and charges


@pytest.mark.parametrize("speed", ["1e308", "Infinity", "NaN", "-1"])
def test_absurd_speed_is_422_and_not_charged(emu: Emulator, speed: str) -> None:
    body = f'{{"text": "Hello", "voice_settings": {{"speed": {speed}}}}}'.encode()
    answer = _post(emu, f"/v1/text-to-speech/{VOICE}", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert emu.state.character_count == 0 and not emu.state.history()


def test_a_failed_generation_is_not_charged_nor_kept(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("synthesis failed")

    monkeypatch.setattr(speech_routes, "synthesize", broken)
    assert _speak(emu).status_code == 500
    assert emu.state.character_count == 0 and not emu.state.history() and not emu.state.usage()


def test_a_stream_that_fails_midway_is_refunded(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    real_render = speech_routes.render

    def failing_render(*args: object, **kwargs: object) -> Iterator[object]:
        chunks = real_render(*args, **kwargs)  # type: ignore[arg-type]
        yield next(chunks)
        raise RuntimeError("encoder failed")

    monkeypatch.setattr(speech_routes, "render", failing_render)
    with pytest.raises(httpx.RemoteProtocolError):
        _post(emu, f"/v1/text-to-speech/{VOICE}/stream", json={"text": "A sentence long enough for chunks. " * 4})
    assert emu.state.character_count == 0 and not emu.state.history()


def test_json_nested_5000_levels_is_422(emu: Emulator) -> None:
    body = b'{"text": "hi", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    answer = _post(emu, f"/v1/text-to-speech/{VOICE}", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == "json_too_deep"
    shallow_enough = b'{"text": "hi", "x": ' + b"[" * 100 + b"]" * 100 + b"}"
    answer = _post(
        emu, f"/v1/text-to-speech/{VOICE}", content=shallow_enough, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == "json_too_deep"


def test_dialogue_turns_are_bounded(emu: Emulator) -> None:
    turns = [{"text": "a", "voice_id": VOICE}] * (speech_routes.MAX_DIALOGUE_TURNS + 1)
    answer = _post(emu, "/v1/text-to-dialogue", json={"inputs": turns})
    assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == "too_long"


# ---------------------------------------------------------------------- memory and the event loop


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_a_300_mb_body_is_refused_while_read_not_buffered(emu: Emulator) -> None:
    # The emulator runs in this process: its memory is ours. Sample it while the body goes out.
    peak = [_rss()]
    baseline = peak[0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    megabyte = b"x" * (1 << 20)
    try:
        chunked = _post(emu, f"/v1/text-to-speech/{VOICE}", content=(megabyte for _ in range(300)))
        declared = _post(
            emu,
            f"/v1/text-to-speech/{VOICE}",
            content=(megabyte for _ in range(300)),
            headers={"content-length": str(300 << 20)},
        )
    finally:
        done.set()
        sampler.join()
    assert chunked.status_code == 413 and declared.status_code == 413
    assert chunked.json()["detail"]["status"] == "request_too_large"
    # At most the 64 MiB limit (and a copy) is ever held, never the 300 MB.
    assert peak[0] - baseline < 160 * 2**20, (peak[0] - baseline) / 2**20
    assert _get(emu, "/v1/models").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "start_unix=0&end_unix=99999999999999999999",
        "start_unix=0&end_unix=31536000000&aggregation_bucket_size=1",
        "start_unix=0&end_unix=1000&aggregation_bucket_size=-5",
    ],
)
def test_usage_work_is_bounded(emu: Emulator, query: str) -> None:
    answer = _get(emu, f"/v1/usage/character-stats?{query}")
    assert answer.status_code == 422


def test_history_audio_is_bounded_least_recently_used_first(emu: Emulator) -> None:
    first = _speak(emu, "The first one.").headers["history-item-id"]
    second = _speak(emu, "The second one.").headers["history-item-id"]
    size = emu.state.history_audio_bytes
    emu.configure(history_audio_limit=size + 1000)
    assert _get(emu, f"/v1/history/{first}").status_code == 200  # first is now the most recently used
    third = _speak(emu, "The third one.").headers["history-item-id"]
    kept = {item.history_item_id for item in emu.state.history()}
    assert kept == {first, third} and second not in kept
    assert emu.state.history_audio_bytes <= size + 1000


@pytest.mark.parametrize("route", ["speech", "isolation"])
def test_heavy_work_runs_off_the_event_loop(emu: Emulator, monkeypatch: pytest.MonkeyPatch, route: str) -> None:
    # The work blocks until another request has been answered: were it on the event loop,
    # that request could never be served and the test would time out.
    answered = threading.Event()

    called: list[bool] = []
    served_meanwhile: list[bool] = []

    def blocking(*args: object, **kwargs: object) -> object:
        called.append(True)
        served_meanwhile.append(answered.wait(10))
        return real(*args, **kwargs)

    if route == "speech":
        real = speech_routes.synthesize
        monkeypatch.setattr(speech_routes, "synthesize", blocking)
        work = threading.Thread(target=_speak, args=(emu,))
    else:
        real = audio_routes.suppress_noise
        monkeypatch.setattr(audio_routes, "suppress_noise", blocking)
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as tone:
            tone.setnchannels(1)
            tone.setsampwidth(2)
            tone.setframerate(16_000)
            tone.writeframes(b"\x00\x10\x00\xf0" * 4000)
        silence = buffer.getvalue()
        work = threading.Thread(
            target=_post, args=(emu, "/v1/audio-isolation"), kwargs={"files": {"audio": ("a.wav", silence)}}
        )
    work.start()
    try:
        while not called and work.is_alive():
            time.sleep(0.01)
        assert called  # the work is under way, blocked
        assert _get(emu, "/v1/models").status_code == 200
    finally:
        answered.set()
        work.join()
    assert served_meanwhile == [True]


# ---------------------------------------------------------------------- slots and faults


def test_a_slot_is_freed_when_the_client_hangs_up(emu: Emulator) -> None:
    emu.configure(concurrency=1)
    with (
        httpx.Client(base_url=emu.base_url, headers=KEY, timeout=30) as client,
        client.stream(
            "POST",
            f"/v1/text-to-speech/{VOICE}/stream",
            json={"text": "A sentence that takes a while to say, slowly. " * 3},
            headers={"x-emulator-fault": "stall_after=100; stall=30"},
        ) as response,
    ):
        chunks = response.iter_raw()  # kept: dropping the iterator would close the response
        assert next(chunks)
        assert emu.context.limiter.active == 1  # stalled, holding its slot
    deadline = time.monotonic() + 10
    while emu.context.limiter.active and time.monotonic() < deadline:
        time.sleep(0.02)
    assert emu.context.limiter.active == 0
    assert _speak(emu).status_code == 200


def test_fault_delays_and_stalls_are_capped(emu: Emulator) -> None:
    for spec in ("delay=3600", "stall=1e9", "stall_after=1; stall=61"):
        with pytest.raises(ValueError, match="at most 60"):
            parse_fault(spec)
        answer = _post(emu, f"/v1/text-to-speech/{VOICE}", json={"text": "hi"}, headers={"x-emulator-fault": spec})
        assert answer.status_code == 400 and answer.json()["detail"]["status"] == "invalid_fault"
    for pacing in ("ttfb=1e9", "speed=1e-9", "ttfb=nan"):
        answer = _post(emu, f"/v1/text-to-speech/{VOICE}", json={"text": "hi"}, headers={"x-emulator-pacing": pacing})
        assert answer.status_code == 400 and answer.json()["detail"]["status"] == "invalid_pacing"
    assert emu.state.character_count == 0


# ---------------------------------------------------------------------- control routes


def test_control_routes_follow_the_key_rules_and_refuse_web_pages(emu: Emulator) -> None:
    url = f"{emu.base_url}/emulator/reset"
    json_type = {"content-type": "application/json"}
    assert httpx.post(url, content=b"{}", headers=json_type).status_code == 401
    emu.configure(api_keys="right")
    assert httpx.post(url, content=b"{}", headers={**json_type, "xi-api-key": "wrong"}).status_code == 401
    good = {**json_type, "xi-api-key": "right"}
    refused = [
        {**good, "content-type": "text/plain"},  # a simple request any page may send
        {**good, "host": "evil.example:8787"},  # DNS rebinding
        {**good, "origin": "https://evil.example"},
        {**good, "sec-fetch-site": "cross-site"},
    ]
    for headers in refused:
        answer = httpx.post(url, content=b"{}", headers=headers)
        assert answer.status_code in (403, 415), headers
    faults = httpx.post(
        f"{emu.base_url}/emulator/faults",
        content=b'{"spec": "status=503"}',
        headers={**good, "content-type": "text/plain"},
    )
    assert faults.status_code == 415
    assert (
        _post(emu, f"/v1/text-to-speech/{VOICE}", json={"text": "hi"}, headers={"xi-api-key": "right"}).status_code
        == 200
    )
    assert emu.state.character_count == 2
    assert httpx.post(url, content=b"{}", headers=good).status_code == 200
    assert emu.state.character_count == 0  # this one went through
