"""Long-form concurrency: how busy ``synthesize_long`` keeps an ``Emulator(concurrency=N)``.

The emulator paces its audio (50x real time), so each piece takes a realistic share of a
second and the N slots are the bottleneck, as they are against the service. A sampler reads
the emulator's slots in use every few milliseconds while the work queue is not empty (from
the first request until the last piece has started: after that there is nothing left to
fill a slot with). Two runs: the client asks for exactly N at once, then for 2N, which the
emulator answers with 429s that the client must back off from while keeping the slots full.
The ratio is busy slot-seconds over N times the window; the goal is 95 %, with 0 failed
pieces and never more than N in flight.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
import time
from pathlib import Path

from ._common import Goal, Result, Settings

NAME = "concurrency"
GOAL = Goal(">=", 0.95, "≥ 0.95 of the N slots busy, 0 failed pieces")
SLOTS = 4
PIECE_CHARS = 500
VOICE_ID = "JBFqnCBsd6RMkjVDRZzb"
_SENTENCE = "The quick brown fox jumps over the lazy dog, and then it runs far away into the forest. "


class _Sampler:
    """Integrates the emulator's slots in use over time, on a thread of its own."""

    def __init__(self, active: object) -> None:
        self._active = active
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append((time.monotonic(), int(getattr(self._active, "active"))))  # noqa: B009
            time.sleep(0.002)

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _busy_fraction(samples: list[tuple[float, int]], start: float, end: float, slots: int) -> float:
    busy = 0.0
    for (at, active), (following, _) in itertools.pairwise(samples):
        left, right = max(at, start), min(following, end)
        if right > left:
            busy += active * (right - left)
    return busy / (slots * (end - start)) if end > start else 0.0


def _run_once(pieces: int, client_concurrency: int) -> tuple[float, int, int, int]:
    """(busy fraction, failed pieces, most in flight, 429s) of one long-form run."""
    from elevenlabs_ext.emulator import Emulator, Pacing
    from elevenlabs_ext.longform import synthesize_long

    text = (_SENTENCE * (PIECE_CHARS // len(_SENTENCE) + 1))[:PIECE_CHARS].rsplit(" ", 1)[0] + ".\n\n"
    refused = [0]
    starts: list[float] = []
    with Emulator(concurrency=SLOTS, pacing=Pacing(speed=50.0), retry_after=0.05) as emulator:
        limiter = emulator.context.limiter
        acquire = limiter.acquire

        def counting_acquire(limit: int, retry_after: float) -> None:
            try:
                acquire(limit, retry_after)
            except Exception:
                refused[0] += 1
                raise
            starts.append(time.monotonic())

        limiter.acquire = counting_acquire  # type: ignore[method-assign]
        failed = 0
        with (
            tempfile.TemporaryDirectory() as folder,
            emulator.client(max_retries=0) as client,
            _Sampler(limiter) as sampler,
        ):
            try:
                synthesize_long(
                    client,
                    text * pieces,
                    voice_id=VOICE_ID,
                    output=Path(folder) / "long.mp3",
                    concurrency=client_concurrency,
                    max_chars=PIECE_CHARS,
                    stitching=False,
                )
            except Exception:
                failed = 1
        most = max((active for _, active in sampler.samples), default=0)
        if len(starts) < 2:
            return 0.0, failed or pieces, most, refused[0]
        return _busy_fraction(sampler.samples, starts[0], starts[-1], SLOTS), failed, most, refused[0]


def run(settings: Settings) -> Result:
    pieces = settings.pick(full=32, quick=12)
    exact, failed_exact, most_exact, refused_exact = _run_once(pieces, SLOTS)
    over, failed_over, most_over, refused_over = _run_once(pieces, 2 * SLOTS)
    worst = min(exact, over)
    failed = failed_exact + failed_over
    measured = (
        f"client N: {exact:.1%} busy, {refused_exact} 429s; client 2N: {over:.1%} busy, "
        f"{refused_over} 429s backed off; most in flight {max(most_exact, most_over)} of {SLOTS}; "
        f"{failed} failed runs"
    )
    notes = (
        f"{pieces} pieces of ~{PIECE_CHARS} characters, N = {SLOTS}, emulator pacing 50x real time, "
        "Retry-After 0.05 s; busy = slot-seconds in use ÷ (N times the time while pieces were waiting).",
    )
    ok = failed == 0 and max(most_exact, most_over) <= SLOTS
    return Result(
        name=NAME,
        measured=measured,
        ratio=worst,
        ratio_of="busy ÷ N slots",
        goal=GOAL,
        judged=worst if ok else 0.0,
        notes=notes,
    )
