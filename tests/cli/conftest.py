"""Run the command line in-process against the session's emulator (reset for every test)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from elevenlabs_ext._cli import main
from elevenlabs_ext.emulator import Emulator


class Result(NamedTuple):
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def emu(elevenlabs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    monkeypatch.setenv("ELEVENLABS_API_KEY", elevenlabs_emulator.api_key)
    return elevenlabs_emulator


@pytest.fixture
def cli(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> Run:
    """``cli("voices", "--json")``: exit code and captured output; ``--base-url`` points at the emulator."""

    def run(*argv: str, base_url: str | None = None) -> Result:
        code = main([*argv, "--base-url", base_url or emu.base_url])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run
