"""Generation from the 2026 reference spec, and import costs with the package it produces.

``generate-2026`` times ``scripts/generate.py`` on ``../shared/upstream/2026-08`` (what
``make generate SPEC=...`` runs) into a temporary folder. ``construct-2026`` and
``import-2026`` repeat the construction and one-endpoint import benchmarks with that package
first on ``PYTHONPATH``, so ``elevenlabs_ext`` runs on top of a 387-operation package.
Without the reference beside the repository the three rows cannot run.
"""

from __future__ import annotations

import atexit
import compileall
import functools
import shutil
import tempfile
from pathlib import Path

from . import construct, import_endpoint
from ._common import ROOT, TIMES, Goal, Result, Settings, child_env, run_python
from ._imports import ImportCase, compare_imports

GENERATE = "generate-2026"
CONSTRUCT = "construct-2026"
IMPORT = "import-2026"
SPEC = ROOT.parent / "shared" / "upstream" / "2026-08" / "elevenlabs-openapi.json"
BUDGET_SECONDS = 20.0


@functools.cache
def _generated() -> tuple[Path, float]:
    """(folder holding the generated ``elevenlabs_api``, seconds the generation took)."""
    if not SPEC.exists():
        raise FileNotFoundError(f"{SPEC}: the 2026 reference spec is not beside the repository")
    folder = Path(tempfile.mkdtemp(prefix="bench-2026-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    elapsed, _ = run_python(
        ["scripts/generate.py", "--spec", str(SPEC), "--output", str(folder / "elevenlabs_api")], timeout=300
    )
    compileall.compile_dir(folder, quiet=1)
    return folder, elapsed


def run_generate(settings: Settings) -> Result:
    _, seconds = _generated()
    return Result(
        name=GENERATE,
        measured=f"`scripts/generate.py` on the 2026 spec (387 operations): {seconds:.1f} s",
        ratio=seconds / BUDGET_SECONDS,
        ratio_of=f"÷ {BUDGET_SECONDS:.0f} s budget",
        goal=Goal("<=", BUDGET_SECONDS, f"≤ {BUDGET_SECONDS:.0f} s"),
        judged=seconds,
        notes=(
            "One run, wall time, normalise + openapi-python-client + ruff; "
            f"the ratio column is the time over the budget ({TIMES} 1 = at the limit).",
        ),
    )


def _with_2026(case: ImportCase, name: str) -> ImportCase:
    return ImportCase(name=name, label=f"{case.label}, 2026 package", code=case.code, goal=case.goal)


def _compare_on_2026(case: ImportCase, name: str, settings: Settings) -> Result:
    folder, _ = _generated()
    env = child_env(PYTHONPATH=str(folder))
    _, where = run_python(["-c", "import elevenlabs_api; print(elevenlabs_api.__file__)"], env=env)
    if not Path(where.strip()).is_relative_to(folder):
        raise RuntimeError(f"the 2026 package is not the one imported: {where.strip()}")
    return compare_imports(_with_2026(case, name), rounds=settings.pick(full=31, quick=7), env=env)


def run_construct(settings: Settings) -> Result:
    return _compare_on_2026(construct.CASE, CONSTRUCT, settings)


# The endpoint keeps its module name; its models carry the 2026 spec's own schema names.
IMPORT_CASE = ImportCase(
    name=IMPORT,
    label="`voices_get_all` + `GetVoicesResponseModel`, `VoiceResponseModel`",
    code=(
        "from elevenlabs_api.api.voices import voices_get_all; "
        "from elevenlabs_api.models import GetVoicesResponseModel, VoiceResponseModel"
    ),
    goal=import_endpoint.CASE.goal,
)


def run_import(settings: Settings) -> Result:
    return _compare_on_2026(IMPORT_CASE, IMPORT, settings)
