"""Worker of the parse benchmark, run as a script by any Python (ours or one with the official SDK).

``python _parse_worker.py {ours|official} BODY.json TIMED_CALLS`` loads the JSON once, parses
it once (imports, caches: reported as the cold parse), then times ``TIMED_CALLS`` parses with
``gc.collect()`` before each (freeing each result is not timed), and prints one JSON line: the
times in seconds, the cold parse, the ``json.loads`` time and the parser's name and version.
Only the standard library is imported up front, so any Python can run it as a script.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any


def _ours() -> tuple[Callable[[Any], Any], str]:
    from elevenlabs_api.models import VoiceList

    from elevenlabs_ext import __version__

    return VoiceList.from_dict, f"elevenlabs-ext {__version__} `VoiceList.from_dict`"


def _official() -> tuple[Callable[[Any], Any], str]:
    import importlib
    from importlib.metadata import version

    # Not installed here (only in the Python named by ELEVENLABS_OFFICIAL_PYTHON): no static import.
    model = importlib.import_module("elevenlabs").GetVoicesResponse
    return model.model_validate, (
        f"elevenlabs {version('elevenlabs')} (pydantic {version('pydantic')}) `GetVoicesResponse.model_validate`"
    )


def main(argv: list[str]) -> None:
    # Run as a script, this folder heads sys.path; the benchmark modules must shadow nothing.
    if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]
    side, path, calls = argv[0], argv[1], int(argv[2])
    with open(path, "rb") as file:
        raw = file.read()
    start = time.perf_counter()
    data = json.loads(raw)
    loads = time.perf_counter() - start
    parse, label = _ours() if side == "ours" else _official()
    gc.collect()
    start = time.perf_counter()
    parsed = parse(data)
    first = time.perf_counter() - start
    if len(parsed.voices) != len(data["voices"]):
        raise SystemExit(f"{side} parsed {len(parsed.voices)} voices of {len(data['voices'])}")
    del parsed
    times: list[float] = []
    for _ in range(calls):
        gc.collect()
        start = time.perf_counter()
        parsed = parse(data)
        times.append(time.perf_counter() - start)
        del parsed  # freeing the result is not part of parsing
    print(json.dumps({"times": times, "first": first, "loads": loads, "label": label}))


if __name__ == "__main__":
    main(sys.argv[1:])
