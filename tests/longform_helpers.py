"""Shared by tests/test_longform.py and tests/cli: a recording transport and MP3 helpers."""

from __future__ import annotations

import json
import math
import threading
from array import array
from collections.abc import Iterator
from typing import Any

import httpx
import miniaudio

TTS_PATH = "/v1/text-to-speech/"


class _Counted(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, on_close: Any) -> None:
        self._inner = inner
        self._on_close = on_close
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._on_close()
        self._inner.close()


class Recorder(httpx.BaseTransport):
    """A real HTTP transport that records every text-to-speech request (each attempt) and
    how many were in flight at once, and can put an emulator fault on the N-th one."""

    def __init__(self, *, fault_on: int | None = None, fault: str = "reset_after=2000") -> None:
        self._inner = httpx.HTTPTransport()
        self._lock = threading.Lock()
        self.bodies: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        self.paths: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._fault_on = fault_on
        self._fault = fault

    @property
    def texts(self) -> list[str]:
        return [body["text"] for body in self.bodies]

    def _done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if not request.url.path.startswith(TTS_PATH):
            return self._inner.handle_request(request)
        with self._lock:
            self.bodies.append(json.loads(request.read()))
            number = len(self.bodies)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        if number == self._fault_on:
            request.headers["x-emulator-fault"] = self._fault
        try:
            response = self._inner.handle_request(request)
        except BaseException:
            self._done()
            raise
        with self._lock:
            self.statuses.append(response.status_code)
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _Counted(response.stream, self._done)
        return response

    def close(self) -> None:
        self._inner.close()


def mp3_duration(data: bytes) -> float:
    """Seconds of audio miniaudio decodes from an MP3 file."""
    decoded = miniaudio.decode(data, nchannels=1, sample_rate=miniaudio.mp3_get_info(data).sample_rate)
    return decoded.num_frames / decoded.sample_rate


def sine_mp3(seconds: float, *, rate: int = 44100, frequency: float = 440.0) -> bytes:
    """An MP3 of a sine tone, encoded by LAME (the emulator's encoder)."""
    import lameenc

    samples = array("h", (int(8000 * math.sin(2 * math.pi * frequency * i / rate)) for i in range(int(seconds * rate))))
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(128)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    encoder.silence()
    return bytes(encoder.encode(samples.tobytes())) + bytes(encoder.flush())
