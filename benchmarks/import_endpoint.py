"""2. Import one typed endpoint and its models, against ``import httpx``."""

from __future__ import annotations

from ._common import TIMES, Goal, Result, Settings
from ._imports import ImportCase, compare_imports

NAME = "import"

CASE = ImportCase(
    name=NAME,
    label="`voices_get_all` + `VoiceList`, `Voice`",
    code=("from elevenlabs_api.api.voices import voices_get_all; from elevenlabs_api.models import VoiceList, Voice"),
    goal=Goal("<=", 1.5, f"≤ 1.5{TIMES}"),
)


def run(settings: Settings) -> Result:
    return compare_imports(CASE, rounds=settings.pick(full=31, quick=7))
