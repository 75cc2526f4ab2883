"""`make demo`: it says where the text goes (the base URL it really uses), stays offline when
asked, and installs only what it needs; `make test` without npm says what to install."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.emulator.demo import PARAGRAPH, main

from .conftest import ROOT

MAKE = shutil.which("make")


def test_with_a_key_the_banner_names_the_url_the_text_goes_to(
    elevenlabs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The "real API" here is a second server: what matters is that the banner names the
    # URL the client actually used, before anything was sent.
    monkeypatch.setenv("ELEVENLABS_API_KEY", elevenlabs_emulator.api_key)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", elevenlabs_emulator.base_url)
    assert main(str(tmp_path / "hello.mp3")) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert f"goes to {elevenlabs_emulator.base_url}" in first and "ELEVENLABS_API_KEY is set" in first
    assert f"({len(PARAGRAPH)} characters)" in first and "OFFLINE=1" in first
    assert [usage.credits for usage in elevenlabs_emulator.state.usage()] == [len(PARAGRAPH)]


def test_offline_ignores_the_key(
    elevenlabs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk_would_cost_money")
    monkeypatch.setenv("ELEVENLABS_BASE_URL", elevenlabs_emulator.base_url)
    assert main(str(tmp_path / "hello.mp3"), offline=True) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Offline (--offline): speaking through the bundled emulator at http://127.0.0.1:")
    assert elevenlabs_emulator.base_url not in first  # its own in-process emulator, not the configured URL
    assert elevenlabs_emulator.state.usage() == []
    assert (tmp_path / "hello.mp3").stat().st_size > 10_000


@pytest.mark.skipif(MAKE is None, reason="no make")
def test_make_demo_installs_the_emulator_extra_only(tmp_path: Path) -> None:
    assert MAKE is not None
    plan = subprocess.run(
        [MAKE, "-n", "demo", f"VENV={tmp_path / 'no-dev-venv'}", "OFFLINE=1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    assert "-m venv .venv-demo" in plan and "install --quiet --disable-pip-version-check -e '.[emulator]'" in plan
    assert "dev" not in plan and "npm" not in plan
    assert ".venv-demo/bin/python -m elevenlabs_ext.emulator.demo --offline" in plan


@pytest.mark.skipif(MAKE is None, reason="no make")
def test_make_without_npm_says_what_to_install(tmp_path: Path) -> None:
    assert MAKE is not None
    # -B: as if node_modules were missing; with no npm on PATH the recipe stops at the check.
    result = subprocess.run(
        [MAKE, "-B", "node_modules/.installed"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
        env={**os.environ, "PATH": str(tmp_path)},
    )
    assert result.returncode != 0
    assert "npm not found" in result.stderr and "install Node.js" in result.stderr
