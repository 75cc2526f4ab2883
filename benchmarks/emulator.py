"""Emulator speed: time to first byte and throughput of a 1,000-character speech stream.

Raw ``httpx`` streams ``POST /v1/text-to-speech/{voice_id}/stream`` (mp3_44100_128) from an
in-process emulator, so what is timed is the emulator (eSpeak, LAME, uvicorn), not our client.
The ratio is audio seconds made per wall-clock second: far above 1 means the emulator is
never what a client benchmark or a latency test waits for.
"""

from __future__ import annotations

import time

from ._common import TIMES, Goal, Result, Settings, median, spread

NAME = "emulator"
GOAL = Goal(">=", 20.0, f"≥ 20{TIMES} real time")
VOICE_ID = "JBFqnCBsd6RMkjVDRZzb"
TEXT = ("The quick brown fox jumps over the lazy dog, and then it runs far away into the forest. " * 12)[:1000]
BITRATE = 128_000


def run(settings: Settings) -> Result:
    import httpx

    from elevenlabs_ext.emulator import Emulator

    rounds = settings.pick(full=15, quick=3)
    first_bytes: list[float] = []
    totals: list[float] = []
    audio_seconds = 0.0
    with (
        Emulator() as emulator,
        httpx.Client(base_url=emulator.base_url, headers={"xi-api-key": emulator.api_key}, timeout=60.0) as http,
    ):
        for index in range(rounds + 1):  # round 0 warms up eSpeak, LAME and the connection
            started = time.perf_counter()
            first: float | None = None
            received = 0
            with http.stream("POST", f"/v1/text-to-speech/{VOICE_ID}/stream", json={"text": TEXT}) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    first = first if first is not None else time.perf_counter() - started
                    received += len(chunk)
            if index and first is not None:
                first_bytes.append(first)
                totals.append(time.perf_counter() - started)
                audio_seconds = received * 8 / BITRATE
    speeds = [audio_seconds / total for total in totals]
    speed = median(speeds)
    measured = (
        f"first byte {median(first_bytes) * 1000:.0f} ms; {audio_seconds:.0f} s of audio in "
        f"{median(totals) * 1000:.0f} ms"
    )
    notes = (
        f"{len(TEXT):,} characters, mp3_44100_128, {rounds} rounds after a warm-up; ratio = median audio seconds "
        f"per wall second (interquartile range {spread(speeds)}).",
    )
    return Result(
        name=NAME,
        measured=measured,
        ratio=speed,
        ratio_of="audio s ÷ wall s",
        goal=GOAL,
        judged=speed,
        notes=notes,
    )
