"""Text-to-speech sockets: the delay our client adds over a bare ``websockets`` client, and
frames per second through one multi-context socket.

Both clients run the same exchange against the same local server (a child process, started
with ``python -m benchmarks.websocket --serve``, so it never competes for the client's GIL):

- **text → server**: from the call that sends a text (ours: ``send_text``; bare:
  ``json.dumps`` + ``send``) to the moment the server's ``recv`` returns it.
- **server → chunk**: from just before the server sends an audio frame to the moment the
  chunk is in the caller's hands (ours: a typed ``AudioChunk``, checked against the schema,
  audio decoded; bare: ``recv`` + ``json.loads`` + base64 decode).

The server stamps both instants (``CLOCK_MONOTONIC``, shared by processes on one machine)
into the frame it answers with; the service may add keys to its messages, so our client
reads them from ``chunk.message.additional_properties``. Exchanges alternate between the two
clients, sync and async each; the added delay is the difference of the medians.

**frames/s** (the ``websocket_contexts`` row, goal: at least 0.9 of the bare rate): 10 contexts
on one ``multi-stream-input`` socket, each asked for N frames that the server sends interleaved
context by context; ours reads each context from its own async iterator, the bare client
decodes and routes by ``contextId`` into per-context lists; both keep each context's audio.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from typing import Any

from ._common import TIMES, Goal, Result, Settings, median, paired_ratio, ratios, serve_in_child, spread

NAME = "websocket"
GOAL = Goal("<", 1.0, "< 1 ms added each way")
CONTEXTS_NAME = "websocket_contexts"
CONTEXTS_GOAL = Goal(">=", 0.9, ">= 0.9\N{MULTIPLICATION SIGN} bare frames/s")
VOICE = "bench-voice"
API_KEY = "bench-key"
CONTEXTS = 10
WRITE_FRAMES = 32  # frames per write of the frames/s server (about 64 KB, compressed)
AUDIO = random.Random(0).randbytes(2048)  # one frame of 64 ms of 16 kHz PCM
AUDIO_B64 = base64.b64encode(AUDIO).decode()
# Frames/s: distinct payloads, as audio is, so that the compression of the socket (which keeps
# its window from one message to the next) cannot shrink a repeated frame to a back-reference.
PAYLOADS = [random.Random(index).randbytes(2048) for index in range(1, 65)]
PAYLOADS_B64 = [base64.b64encode(payload).decode() for payload in PAYLOADS]


def _payloads_of(position: int, count: int) -> list[bytes]:
    """The audio of each frame the server sends the context opened ``position``-th."""
    return [PAYLOADS[(index + position) % len(PAYLOADS)] for index in range(count)]


TEXT = "The quick brown fox jumps over the lazy dog. "


def _now() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


# ----------------------------------------------------------------------- the server


async def _serve_stream_input(websocket: Any) -> None:
    async for frame in websocket:
        received = _now()
        text = json.loads(frame).get("text")
        if text == " ":
            continue  # the initialising message
        if text == "":
            await websocket.send('{"isFinal": true}')
            await websocket.close()
            return
        reply = f'{{"audio": "{AUDIO_B64}", "isFinal": null, "t_recv": {received}, "t_send": '
        await websocket.send(f"{reply}{_now()}}}")


# The bytes of one round, by what was asked for and how the socket compresses: built (framed
# and compressed by a connection's own protocol) on the first round, replayed on the next.
_ROUNDS: dict[tuple[object, ...], list[bytes]] = {}


def _round_bytes(websocket: Any, wanted: dict[str, int]) -> list[bytes]:
    protocol = websocket.protocol
    key = (tuple(wanted.items()), repr(protocol.extensions))
    found = _ROUNDS.get(key)
    if found is not None:
        # The connection's compressor starts fresh, as the recorded one did, and sends
        # nothing compressed after this: the client reads exactly what a live round sends.
        return found
    messages = [
        f'{{"audio": "{PAYLOADS_B64[(index + position) % len(PAYLOADS)]}", "contextId": "{cid}"}}'.encode()
        for index in range(max(wanted.values()))  # interleaved: c1 c2 ... c10 c1 c2 ...
        for position, (cid, count) in enumerate(wanted.items())
        if index < count
    ]
    messages += [f'{{"isFinal": true, "contextId": "{cid}"}}'.encode() for cid in wanted]
    writes = []
    for start in range(0, len(messages), WRITE_FRAMES):
        for message in messages[start : start + WRITE_FRAMES]:
            protocol.send_text(message)
        writes.append(b"".join(protocol.data_to_send()))
    _ROUNDS[key] = writes
    return writes


async def _serve_multi_stream_input(websocket: Any) -> None:
    wanted: dict[str, int] = {}
    closed = 0
    async for frame in websocket:
        message = json.loads(frame)
        context_id = message.get("context_id")
        if message.get("close_socket"):
            await websocket.close()
            return
        if message.get("close_context"):
            closed += 1
            if closed < len(wanted):
                continue
            # Written WRITE_FRAMES frames at a time, prepared beforehand: the server stays
            # ahead of any client, so a client's frames/s is its own, not this server's pace.
            for data in _round_bytes(websocket, wanted):
                websocket.transport.write(data)
                await websocket.drain()  # flow control: ahead of the client, never far ahead
            wanted, closed = {}, 0
        elif str(message.get("text", "")).startswith("frames:"):
            wanted[context_id] = int(message["text"].split(":")[1])


async def _serve() -> None:
    from websockets.asyncio.server import serve

    async def handler(websocket: Any) -> None:
        if websocket.request.path.split("?")[0].endswith("/multi-stream-input"):
            await _serve_multi_stream_input(websocket)
        else:
            await _serve_stream_input(websocket)

    async with serve(handler, "127.0.0.1", 0, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(f"PORT {port}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.buffer.read)  # until the parent goes
    os._exit(0)


@contextlib.contextmanager
def _running_server() -> Iterator[str]:
    with serve_in_child("benchmarks.websocket", "--serve") as url:
        yield url


# ------------------------------------------------------------------- latency: samples


class _Samples:
    """Nanoseconds per exchange: text → server and server → chunk."""

    def __init__(self) -> None:
        self.send: list[int] = []
        self.receive: list[int] = []
        self.round_trip: list[int] = []

    def add(self, started: int, stamps: dict[str, Any], finished: int) -> None:
        self.send.append(int(stamps["t_recv"]) - started)
        self.receive.append(finished - int(stamps["t_send"]))
        self.round_trip.append(finished - started)


def _bare_url(base: str) -> str:
    return base.replace("http://", "ws://") + f"/v1/text-to-speech/{VOICE}/stream-input"


def _latency_sync(base_url: str, rounds: int) -> tuple[_Samples, _Samples]:
    from websockets.sync.client import connect

    from elevenlabs_ext import ElevenLabs, TextToSpeechSocket

    bare, ours = _Samples(), _Samples()
    with (
        connect(_bare_url(base_url), additional_headers={"xi-api-key": API_KEY}) as raw,
        ElevenLabs(api_key=API_KEY, base_url=base_url) as client,
        TextToSpeechSocket(client, VOICE) as tts,
    ):
        raw.send(json.dumps({"text": " "}))

        def bare_once(samples: _Samples) -> None:
            started = _now()
            raw.send(json.dumps({"text": TEXT}))
            data = json.loads(raw.recv())
            base64.b64decode(data["audio"])
            samples.add(started, data, _now())

        def ours_once(samples: _Samples) -> None:
            started = _now()
            tts.send_text(TEXT)
            chunk = tts.receive()
            finished = _now()
            if chunk is None or chunk.audio != AUDIO or chunk.message is None:
                raise RuntimeError(f"unexpected chunk {chunk!r}")
            samples.add(started, chunk.message.additional_properties, finished)

        for _ in range(20):  # warm-up
            bare_once(_Samples())
            ours_once(_Samples())
        for index in range(rounds):
            pairs = [(bare_once, bare), (ours_once, ours)]
            for once, samples in pairs if index % 2 == 0 else pairs[::-1]:
                once(samples)
        raw.send(json.dumps({"text": ""}))
        tts.end_input()
        list(tts)
    return bare, ours


async def _latency_async(base_url: str, rounds: int) -> tuple[_Samples, _Samples]:
    from websockets.asyncio.client import connect

    from elevenlabs_ext import AsyncElevenLabs, AsyncTextToSpeechSocket

    bare, ours = _Samples(), _Samples()
    async with (
        connect(_bare_url(base_url), additional_headers={"xi-api-key": API_KEY}) as raw,
        AsyncElevenLabs(api_key=API_KEY, base_url=base_url) as client,
        AsyncTextToSpeechSocket(client, VOICE) as tts,
    ):
        await raw.send(json.dumps({"text": " "}))

        async def bare_once(samples: _Samples) -> None:
            started = _now()
            await raw.send(json.dumps({"text": TEXT}))
            data = json.loads(await raw.recv())
            base64.b64decode(data["audio"])
            samples.add(started, data, _now())

        async def ours_once(samples: _Samples) -> None:
            started = _now()
            await tts.send_text(TEXT)
            chunk = await tts.receive()
            finished = _now()
            if chunk is None or chunk.audio != AUDIO or chunk.message is None:
                raise RuntimeError(f"unexpected chunk {chunk!r}")
            samples.add(started, chunk.message.additional_properties, finished)

        for _ in range(20):
            await bare_once(_Samples())
            await ours_once(_Samples())
        for index in range(rounds):
            pairs = [(bare_once, bare), (ours_once, ours)]
            for once, samples in pairs if index % 2 == 0 else pairs[::-1]:
                await once(samples)
        await raw.send(json.dumps({"text": ""}))
        await tts.end_input()
        [chunk async for chunk in tts]
    return bare, ours


# ---------------------------------------------------------------- throughput: frames/s


async def _frames_ours(base_url: str, per_context: int) -> float:
    from elevenlabs_ext import AsyncElevenLabs, AsyncMultiContextSocket

    async with (
        AsyncElevenLabs(api_key=API_KEY, base_url=base_url) as client,
        AsyncMultiContextSocket(client, VOICE) as socket,
    ):
        contexts = [await socket.create_context(f"c{index}") for index in range(CONTEXTS)]
        started = time.perf_counter()
        for context in contexts:
            await context.send_text(f"frames:{per_context}")
        for context in contexts:
            await context.aclose()

        async def drain(context: Any) -> list[bytes]:
            return [chunk.audio async for chunk in context if not chunk.is_final]

        received = await asyncio.gather(*(drain(context) for context in contexts))
        elapsed = time.perf_counter() - started
        await socket.end_input()
    if received != [_payloads_of(position, per_context) for position in range(CONTEXTS)]:
        raise RuntimeError(f"ours received {[len(frames) for frames in received]}, expected {per_context} per context")
    return CONTEXTS * per_context / elapsed


async def _frames_bare(base_url: str, per_context: int) -> float:
    from websockets.asyncio.client import connect

    url = base_url.replace("http://", "ws://") + f"/v1/text-to-speech/{VOICE}/multi-stream-input"
    async with connect(url, additional_headers={"xi-api-key": API_KEY}) as raw:
        names = [f"c{index}" for index in range(CONTEXTS)]
        for name in names:
            await raw.send(json.dumps({"text": " ", "context_id": name}))
        started = time.perf_counter()
        for name in names:
            await raw.send(json.dumps({"text": f"frames:{per_context}", "context_id": name}))
        for name in names:
            await raw.send(json.dumps({"context_id": name, "close_context": True}))
        received: dict[str, list[bytes]] = {name: [] for name in names}
        finals = 0
        while finals < CONTEXTS:
            data = json.loads(await raw.recv())
            if data.get("isFinal"):
                finals += 1
            else:
                received[data["contextId"]].append(base64.b64decode(data["audio"]))
        elapsed = time.perf_counter() - started
        await raw.send(json.dumps({"close_socket": True}))
    if list(received.values()) != [_payloads_of(position, per_context) for position in range(CONTEXTS)]:
        raise RuntimeError("bare client lost frames")
    return CONTEXTS * per_context / elapsed


async def _frames_ours_standard_base64(base_url: str, per_context: int) -> float:
    """``_frames_ours`` with the standard library's base64 decoder (the bare client's): what
    checking and routing cost, apart from decoding faster."""
    import binascii
    import functools

    from elevenlabs_ext import _base64

    fast = _base64.decode
    _base64.decode = functools.partial(binascii.a2b_base64, strict_mode=True)
    try:
        return await _frames_ours(base_url, per_context)
    finally:
        _base64.decode = fast


async def _throughput(base_url: str, per_context: int, rounds: int) -> tuple[list[float], ...]:
    """frames/s of each client (bare, ours, ours with the standard base64), one run of each
    per round, the order rotating by round. Garbage of the previous run is collected before
    each run, so no client pays for another's (each still collects its own)."""
    clients = (_frames_bare, _frames_ours, _frames_ours_standard_base64)
    for frames in clients:  # warm-up
        await frames(base_url, per_context)
    rates: tuple[list[float], ...] = tuple([] for _ in clients)
    for index in range(rounds):
        order = [*range(len(clients))][index % len(clients) :] + [*range(len(clients))][: index % len(clients)]
        for which in order:
            gc.collect()
            rates[which].append(await clients[which](base_url, per_context))
    return rates


# --------------------------------------------------------------------------- report


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
    round_trip_ratio = max(
        median(sync_ours.round_trip) / median(sync_bare.round_trip),
        median(async_ours.round_trip) / median(async_bare.round_trip),
    )
    measured = (
        f"added text→server {added['sync send']:+.0f}/{added['async send']:+.0f} µs, "
        f"server→chunk {added['sync receive']:+.0f}/{added['async receive']:+.0f} µs (sync/async medians)"
    )

    def shown(samples: _Samples) -> str:
        return f"text→server {median(samples.send) / 1000:.0f} µs, server→chunk {median(samples.receive) / 1000:.0f} µs"

    notes = (
        f"{rounds} alternating exchanges per client and flavor after a warm-up, against a server process on "
        "127.0.0.1 that stamps when it received the text and when it sent the frame; deflate on both clients.",
        f"medians, sync: bare {shown(sync_bare)}; ours {shown(sync_ours)}.",
        f"medians, async: bare {shown(async_bare)}; ours {shown(async_ours)}.",
        "ratio = our median round trip (text call → chunk in hand) ÷ the bare client's, worse of sync and async.",
    )
    return Result(
        name=NAME,
        measured=measured,
        ratio=round_trip_ratio,
        ratio_of="÷ bare `websockets` round trip",
        goal=GOAL,
        judged=worst_ms,
        notes=notes,
    )


def run_contexts(settings: Settings) -> Result:
    per_context = settings.pick(full=300, quick=30)
    throughput_rounds = settings.pick(full=31, quick=2)
    with _running_server() as base_url:
        bare_fps, ours_fps, standard_fps = asyncio.run(_throughput(base_url, per_context, throughput_rounds))
    # Judged per round: the runs of a round are a fraction of a second apart, so a slow spell
    # of the (shared) machine weighs on both sides of one ratio, not on one median.
    round_ratios = ratios(ours_fps, bare_fps)
    ratio = median(round_ratios)
    routing = paired_ratio(standard_fps, bare_fps)
    return Result(
        name=CONTEXTS_NAME,
        measured=(
            f"10 contexts on one socket: {median(ours_fps):,.0f} frames/s (bare {median(bare_fps):,.0f}); "
            f"median of {throughput_rounds} per-round ratios {ratio:.2f}{TIMES} (middle half {spread(round_ratios)}); "
            f"decoding base64 as the bare client does: {routing:.2f}{TIMES} "
            f"(middle half {spread(ratios(standard_fps, bare_fps))})"
        ),
        ratio=ratio,
        ratio_of="÷ bare `websockets` frames/s, median of per-round ratios",
        goal=CONTEXTS_GOAL,
        judged=ratio,
        notes=(
            f"{CONTEXTS} contexts {TIMES} {per_context} interleaved frames of {len(AUDIO)} audio bytes "
            f"({len(PAYLOADS)} distinct payloads, so compression cannot skip repeats), "
            f"{throughput_rounds} rounds of one run of each client (order rotating); ours reads each context from "
            "its own async iterator with every frame checked against the schema and routed to its context, the "
            "bare client decodes each frame (json.loads, base64.b64decode) and routes it by contextId; both keep "
            "each context's audio and check all of it afterwards.",
            "ours decodes base64 with pybase64 (SIMD); the second figure swaps in the standard library's decoder, "
            "the bare client's, so it shows what checking and routing cost on their own.",
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
    for result in (run(Settings(quick=options.quick)), run_contexts(Settings(quick=options.quick))):
        print(result.measured)
        for note in result.notes:
            print("-", note)
        print(f"{result.status}: {result.judged} ({result.goal.text}); ratio {result.ratio:.2f}{TIMES}")


if __name__ == "__main__":
    main()
