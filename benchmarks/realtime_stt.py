"""Realtime speech to text: the delay our client adds over a bare ``websockets`` client, per
audio chunk and per transcript event.

Both clients run the same exchange against the same local server (a child process, started
with ``python -m benchmarks.realtime_stt --serve``, so it never competes for the client's GIL):

- **chunk → server**: from the call that sends 100 ms of 16 kHz PCM (ours:
  ``RealtimeTranscriber.send``, the message built from its generated model and checked against
  sockets.yaml; bare: base64 + ``json.dumps`` + ``send``) to the moment the server's ``recv``
  returns it.
- **server → event**: from just before the server sends a ``partial_transcript`` to the moment
  the event is in the caller's hands (ours: a typed ``WsSttPartialTranscript``, checked; bare:
  ``recv`` + ``json.loads``).

The server stamps both instants (``CLOCK_MONOTONIC``) into the transcript message; ours reads
them from the event's ``additional_properties``. Exchanges alternate between the two clients,
sync and async each; the added delay is the difference of the medians.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from typing import Any

from ._common import Goal, Result, Settings, median, serve_in_child

NAME = "realtime_stt"
GOAL = Goal("<", 1.0, "< 1 ms added per chunk and per event")
API_KEY = "bench-key"
CHUNK = random.Random(0).randbytes(3200)  # 100 ms of 16 kHz 16-bit PCM
ADDRESS = "/v1/speech-to-text/realtime"


def _now() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


async def _serve() -> None:
    from websockets.asyncio.server import serve

    async def handler(websocket: Any) -> None:
        await websocket.send(json.dumps({"message_type": "session_started", "session_id": "bench", "config": {}}))
        async for _frame in websocket:
            received = _now()
            reply = f'{{"message_type": "partial_transcript", "text": "the quick brown fox", "t_recv": {received}, '
            await websocket.send(f'{reply}"t_send": {_now()}}}')

    async with serve(handler, "127.0.0.1", 0, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(f"PORT {port}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.buffer.read)
    os._exit(0)


@contextlib.contextmanager
def _running_server() -> Iterator[str]:
    with serve_in_child("benchmarks.realtime_stt", "--serve") as url:
        yield url


class _Samples:
    def __init__(self) -> None:
        self.send: list[int] = []
        self.receive: list[int] = []

    def add(self, started: int, stamps: dict[str, Any], finished: int) -> None:
        self.send.append(int(stamps["t_recv"]) - started)
        self.receive.append(finished - int(stamps["t_send"]))


def _bare_frame() -> str:
    audio = base64.b64encode(CHUNK).decode()
    return json.dumps(
        {"message_type": "input_audio_chunk", "audio_base_64": audio, "commit": False, "sample_rate": 16000}
    )


def _latency_sync(base_url: str, rounds: int) -> tuple[_Samples, _Samples]:
    from websockets.sync.client import connect

    from elevenlabs_ext import ElevenLabs, RealtimeTranscriber

    bare, ours = _Samples(), _Samples()
    url = base_url.replace("http://", "ws://") + ADDRESS + "?model_id=scribe_v2_realtime"
    with (
        connect(url, additional_headers={"xi-api-key": API_KEY}) as raw,
        ElevenLabs(api_key=API_KEY, base_url=base_url) as client,
        RealtimeTranscriber(client) as stt,
    ):
        json.loads(raw.recv())
        stt.receive()  # session_started

        def bare_once(samples: _Samples) -> None:
            started = _now()
            raw.send(_bare_frame())
            data = json.loads(raw.recv())
            samples.add(started, data, _now())

        def ours_once(samples: _Samples) -> None:
            started = _now()
            stt.send(CHUNK)
            event = stt.receive()
            finished = _now()
            if event is None or getattr(event, "text", None) != "the quick brown fox":
                raise RuntimeError(f"unexpected event {event!r}")
            samples.add(started, event.additional_properties, finished)

        for _ in range(20):
            bare_once(_Samples())
            ours_once(_Samples())
        for index in range(rounds):
            pairs = [(bare_once, bare), (ours_once, ours)]
            for once, samples in pairs if index % 2 == 0 else pairs[::-1]:
                once(samples)
    return bare, ours


async def _latency_async(base_url: str, rounds: int) -> tuple[_Samples, _Samples]:
    from websockets.asyncio.client import connect

    from elevenlabs_ext import AsyncElevenLabs, AsyncRealtimeTranscriber

    bare, ours = _Samples(), _Samples()
    url = base_url.replace("http://", "ws://") + ADDRESS + "?model_id=scribe_v2_realtime"
    async with (
        connect(url, additional_headers={"xi-api-key": API_KEY}) as raw,
        AsyncElevenLabs(api_key=API_KEY, base_url=base_url) as client,
        AsyncRealtimeTranscriber(client) as stt,
    ):
        json.loads(await raw.recv())
        await stt.receive()

        async def bare_once(samples: _Samples) -> None:
            started = _now()
            await raw.send(_bare_frame())
            data = json.loads(await raw.recv())
            samples.add(started, data, _now())

        async def ours_once(samples: _Samples) -> None:
            started = _now()
            await stt.send(CHUNK)
            event = await stt.receive()
            finished = _now()
            if event is None or getattr(event, "text", None) != "the quick brown fox":
                raise RuntimeError(f"unexpected event {event!r}")
            samples.add(started, event.additional_properties, finished)

        for _ in range(20):
            await bare_once(_Samples())
            await ours_once(_Samples())
        for index in range(rounds):
            pairs = [(bare_once, bare), (ours_once, ours)]
            for once, samples in pairs if index % 2 == 0 else pairs[::-1]:
                await once(samples)
    return bare, ours


def _added_us(ours: list[int], bare: list[int]) -> float:
    return (median(ours) - median(bare)) / 1000


def run(settings: Settings) -> Result:
    rounds = settings.pick(full=500, quick=60)
    with _running_server() as base_url:
        sync_bare, sync_ours = _latency_sync(base_url, rounds)
        async_bare, async_ours = asyncio.run(_latency_async(base_url, rounds))
    added = {
        "sync send": _added_us(sync_ours.send, sync_bare.send),
        "sync receive": _added_us(sync_ours.receive, sync_bare.receive),
        "async send": _added_us(async_ours.send, async_bare.send),
        "async receive": _added_us(async_ours.receive, async_bare.receive),
    }
    worst_ms = max(added.values()) / 1000

    def total(samples: _Samples) -> float:
        return median(samples.send) + median(samples.receive)

    ratio = max(total(sync_ours) / total(sync_bare), total(async_ours) / total(async_bare))
    measured = (
        f"added chunk→server {added['sync send']:+.0f}/{added['async send']:+.0f} µs, "
        f"server→event {added['sync receive']:+.0f}/{added['async receive']:+.0f} µs (sync/async medians)"
    )
    return Result(
        name=NAME,
        measured=measured,
        ratio=ratio,
        ratio_of="÷ bare `websockets` chunk + event delays",
        goal=GOAL,
        judged=worst_ms,
        notes=(
            f"{rounds} alternating exchanges per client and flavor after a warm-up: 100 ms PCM chunk in, one "
            "partial_transcript out, against a server process on 127.0.0.1 that stamps both instants.",
            "ratio = our (chunk→server + server→event) medians ÷ the bare client's, worse of sync and async.",
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", action="store_true", help="run the benchmark's websocket server")
    parser.add_argument("--quick", action="store_true", help="run the benchmark once, quickly, and print it")
    options = parser.parse_args()
    if options.serve:
        asyncio.run(_serve())
        return
    result = run(Settings(quick=options.quick))
    print(result.measured)
    for note in result.notes:
        print("-", note)
    print(f"{result.status}: {result.judged} ({result.goal.text}); ratio {result.ratio:.2f}")


if __name__ == "__main__":
    main()
