"""Import-time measurement: a fresh ``python -c`` per sample, warm ``.pyc``, interleaved rounds."""

from __future__ import annotations

import compileall
import dataclasses
import sys

from ._common import ROOT, TIMES, Goal, Result, median, ratios, run_python, spread

__all__ = ["BARE", "HTTPX", "ImportCase", "compare_imports"]

BARE = "pass"
HTTPX = "import httpx"


@dataclasses.dataclass(frozen=True)
class ImportCase:
    name: str
    label: str
    code: str
    goal: Goal


def _warm_bytecode() -> None:
    # The children then load .pyc files; a child that had to compile would measure the compiler.
    for folder in (ROOT / "elevenlabs_ext", ROOT / "generated" / "elevenlabs_api"):
        compileall.compile_dir(folder, quiet=1)


def _module_count(code: str, env: dict[str, str] | None = None) -> int:
    _, out = run_python(["-c", f"{code}\nimport sys\nprint(len(sys.modules))"], env=env)
    return int(out.split()[-1])


def compare_imports(case: ImportCase, rounds: int, env: dict[str, str] | None = None) -> Result:
    """Time ``case.code`` against ``import httpx`` (and a bare interpreter, for reference).

    Each round runs the three commands once each, in an order rotated every round; the ratio
    is the median of the per-round ratios ours ÷ httpx. ``env`` is every child's environment
    (e.g. a ``PYTHONPATH`` that puts another generated package first).
    """
    _warm_bytecode()
    codes = {"ours": case.code, "httpx": HTTPX, "bare": BARE}
    names = list(codes)
    for name in names:  # warm-up: .pyc written, files in the page cache
        run_python(["-c", codes[name]], env=env)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            elapsed, _ = run_python(["-c", codes[name]], env=env)
            samples[name].append(elapsed)
    ours, httpx_, bare = (median(samples[name]) for name in names)
    per_round = ratios(samples["ours"], samples["httpx"])
    ratio = median(per_round)
    net = (ours - bare) / (httpx_ - bare) if httpx_ > bare else float("nan")
    modules_ours, modules_httpx = _module_count(case.code, env), _module_count(HTTPX, env)
    measured = (
        f"{case.label} {ours * 1000:.1f} ms; `import httpx` {httpx_ * 1000:.1f} ms; bare python {bare * 1000:.1f} ms"
    )
    notes = (
        f"`{case.code}`: median of {rounds} interleaved rounds (per-round ratios' interquartile range "
        f"{spread(per_round)}), fresh `{sys.implementation.name}` process each; "
        f"{modules_ours} modules loaded vs {modules_httpx} for `import httpx`; "
        f"with the bare interpreter's start-up subtracted the ratio is {net:.2f}{TIMES}.",
    )
    return Result(
        name=case.name,
        measured=measured,
        ratio=ratio,
        ratio_of="÷ `import httpx`",
        goal=case.goal,
        judged=ratio,
        notes=notes,
    )
