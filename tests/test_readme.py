"""Every Python block of README.md runs as written, in order, in one namespace, against the
bundled emulator, with top-level ``await`` allowed (as in a notebook or ``python -m asyncio``)."""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from elevenlabs_ext.emulator import Emulator

from .conftest import ROOT

_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def readme_blocks() -> list[tuple[int, str]]:
    """(first line number, source) of each ```python block of README.md, in order."""
    text = (ROOT / "README.md").read_text()
    return [(text.count("\n", 0, match.start(1)) + 1, match.group(1)) for match in _BLOCK.finditer(text)]


def test_the_readme_has_python_blocks_without_placeholders() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 10
    for line, source in blocks:
        assert "..." not in source.replace('"..."', ""), f"README.md:{line} has a ... placeholder"


def test_every_readme_python_block_runs_in_order(
    elevenlabs_emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ELEVENLABS_API_KEY", elevenlabs_emulator.api_key)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", elevenlabs_emulator.base_url)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    loop = asyncio.new_event_loop()
    ran = 0
    try:
        for line, source in readme_blocks():
            # Line numbers in tracebacks point into README.md.
            code = compile("\n" * (line - 1) + source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            result = eval(code, namespace)  # a coroutine when the block awaits at top level
            if code.co_flags & inspect.CO_COROUTINE:
                loop.run_until_complete(result)
            ran += 1
        # A block that defines a pytest test: run it too, with the real fixture.
        namespace["test_my_feature"](elevenlabs_emulator)
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
    assert ran == len(readme_blocks())
    assert (tmp_path / "hello.mp3").stat().st_size > 1000
    assert namespace["metadata"].status == "dubbed"
