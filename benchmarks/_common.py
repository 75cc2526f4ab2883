"""What the benchmarks share: settings, results, statistics and subprocess helpers."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

__all__ = [
    "MB",
    "MIB",
    "ROOT",
    "TIMES",
    "Goal",
    "Result",
    "Settings",
    "child_env",
    "median",
    "paired_ratio",
    "ratios",
    "run_python",
    "spread",
]

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
MB = 1_000_000
TIMES = "\N{MULTIPLICATION SIGN}"

# Variables that would change what a child interpreter does (and so what it costs).
_SCRUBBED = (
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONPROFILEIMPORTTIME",
    "PYTHONDEVMODE",
    "PYTHONTRACEMALLOC",
    "PYTHONMALLOC",
    "PYTHONWARNINGS",
    "PYTHONVERBOSE",
    "PYTHONSTARTUP",
    "ELEVENLABS_API_KEY",
    "ELEVENLABS_BASE_URL",
    "ELEVENLABS_LOG",
)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Options shared by every benchmark."""

    quick: bool = False
    official_python: str | None = None

    def pick(self, full: int, quick: int) -> int:
        return quick if self.quick else full


@dataclasses.dataclass(frozen=True)
class Goal:
    """``value <op> limit``, e.g. ``ratio <= 1.3``; ``text`` is what the table shows."""

    op: Literal["<=", ">=", "<"]
    limit: float
    text: str

    def met(self, value: float) -> bool:
        if self.op == "<=":
            return value <= self.limit
        if self.op == ">=":
            return value >= self.limit
        return value < self.limit


@dataclasses.dataclass(frozen=True)
class Result:
    """One row of the results table.

    ``ratio`` is ours ÷ the baseline (``ratio_of`` names it); ``judged`` is the value the goal
    is checked against (the ratio itself, or e.g. megabytes), None when it could not be measured.
    """

    name: str
    measured: str
    ratio: float | None
    ratio_of: str
    goal: Goal
    judged: float | None
    notes: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.judged is None:
            return "n/a"
        return "PASS" if self.goal.met(self.judged) else "FAIL"


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> list[float]:
    """Per-round ratios: each pair was measured side by side, so slow drift cancels."""
    if len(numerators) != len(denominators) or not numerators:
        raise ValueError("ratios needs two equally long, non-empty sequences")
    return [n / d for n, d in zip(numerators, denominators, strict=True)]


def paired_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> float:
    """Median of the per-round ratios."""
    return median(ratios(numerators, denominators))


def spread(values: Sequence[float]) -> str:
    """The interquartile range, e.g. ``0.97-1.01``, to show how noisy a median was."""
    if len(values) < 2:
        return f"{values[0]:.2f}-{values[0]:.2f}"
    low, _, high = statistics.quantiles(values, n=4)
    return f"{low:.2f}-{high:.2f}"


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env.update(extra)
    return env


def run_python(
    args: Sequence[str], *, python: str | None = None, timeout: float = 600.0, env: dict[str, str] | None = None
) -> tuple[float, str]:
    """Run ``python *args`` from the repository root; return (wall seconds, stdout).

    Raises RuntimeError with the child's stderr when it fails.
    """
    command = [python or sys.executable, *args]
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=env if env is not None else child_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)!r} exited with {done.returncode}:\n{done.stderr.strip()}")
    return elapsed, done.stdout


@contextlib.contextmanager
def serve_in_child(module: str, *args: str) -> Iterator[str]:
    """Run ``python -m module args`` as a server that prints ``PORT n`` when ready and exits
    when its stdin closes; yield ``http://127.0.0.1:n``. A separate process, so the server
    never competes with the measured client for the GIL."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the benchmark server {module} did not start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server's signal to exit
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
