"""5. Parse a 1,000-voice ``GET /v1/voices`` body with the generated ``VoiceList.from_dict``.

When ``ELEVENLABS_OFFICIAL_PYTHON`` names a Python with the official ``elevenlabs`` package,
its ``GetVoicesResponse.model_validate`` parses the same JSON in the same run (worker
processes of both sides alternate) and the row reports official ÷ ours.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ._common import MB, TIMES, Goal, Result, Settings, median, run_python
from .voices_body import build_voices_body

NAME = "parse"
GOAL = Goal(">=", 2.5, f"official ÷ ours ≥ 2.5{TIMES}")
OFFICIAL_ENV = "ELEVENLABS_OFFICIAL_PYTHON"
VOICES = 1000
SEED = 7
WORKER = Path(__file__).resolve().parent / "_parse_worker.py"


def _run_worker(side: str, body: Path, calls: int, python: str | None) -> dict[str, object]:
    _, out = run_python([str(WORKER), side, str(body), str(calls)], python=python)
    report: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return report


def _floats(value: object) -> list[float]:
    assert isinstance(value, list)
    return [float(item) for item in value]


def run(settings: Settings) -> Result:
    official = settings.official_python
    processes = settings.pick(full=3, quick=1)
    calls = settings.pick(full=7, quick=3)
    body = build_voices_body(VOICES, seed=SEED)
    encoded = json.dumps(body).encode()
    times: dict[str, list[float]] = {"ours": [], "official": []}
    first: dict[str, list[float]] = {"ours": [], "official": []}
    loads: list[float] = []
    labels: dict[str, str] = {}
    official_error: str | None = None
    sides = ["ours", "official"] if official else ["ours"]
    with tempfile.TemporaryDirectory(prefix="elevenlabs-bench-") as tmp:
        path = Path(tmp) / "voices.json"
        path.write_bytes(encoded)
        for index in range(processes):
            for side in list(sides if index % 2 == 0 else sides[::-1]):
                try:
                    report = _run_worker(side, path, calls, official if side == "official" else None)
                except RuntimeError as error:
                    if side == "ours":
                        raise
                    official_error = str(error).strip().splitlines()[-1]
                    sides.remove("official")
                    continue
                times[side] += _floats(report["times"])
                first[side].append(float(str(report["first"])))
                loads.append(float(str(report["loads"])))
                labels[side] = str(report["label"])
    ours_ms = median(times["ours"]) * 1000
    notes = [
        f"{VOICES} voices (seed {SEED}, {len(encoded) / MB:.2f} MB of JSON, every field of the `Voice` schema tree); "
        f"median of {processes} worker process(es) {TIMES} {calls} timed parses after one untimed; "
        f"the first parse (lazy model imports included) took {median(first['ours']) * 1000:.0f} ms; "
        f"`json.loads` of the body ({median(loads) * 1000:.0f} ms) is not counted.",
    ]
    if official and official_error is None:
        official_ms = median(times["official"]) * 1000
        ratio: float | None = official_ms / ours_ms
        measured = f"ours {ours_ms:.1f} ms; official {official_ms:.1f} ms"
        notes.append(f"Official: {labels['official']}, run by the Python that {OFFICIAL_ENV} names.")
    elif official:
        ratio = None
        measured = f"ours {ours_ms:.1f} ms; official failed"
        notes.append(f"The official parser failed under `{official}`: {official_error}")
    else:
        ratio = None
        measured = f"ours {ours_ms:.1f} ms; official not measured"
        notes.append(
            f"No comparison: set {OFFICIAL_ENV} to a Python that has the official `elevenlabs` package installed "
            "to time its `GetVoicesResponse.model_validate` on the same JSON."
        )
    return Result(
        name=NAME,
        measured=measured,
        ratio=ratio,
        ratio_of="official ÷ ours",
        goal=GOAL,
        judged=ratio,
        notes=tuple(notes),
    )


def official_python_from_env() -> str | None:
    value = os.environ.get(OFFICIAL_ENV, "").strip()
    return value or None
