"""1. Import the package and construct a client, against ``import httpx``."""

from __future__ import annotations

from ._common import TIMES, Goal, Result, Settings
from ._imports import ImportCase, compare_imports

NAME = "construct"

CASE = ImportCase(
    name=NAME,
    label="import + `ElevenLabs(api_key=...)`",
    code='from elevenlabs_ext import ElevenLabs; ElevenLabs(api_key="k")',
    goal=Goal("<=", 1.3, f"≤ 1.3{TIMES}"),
)


def run(settings: Settings) -> Result:
    return compare_imports(CASE, rounds=settings.pick(full=31, quick=7))
