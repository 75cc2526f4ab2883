"""The pytest plugin's entry point costs a session that does not use it nothing: loading it
imports none of the client (so ``pytest --cov`` measures the core from its first line)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CONFTEST = """
import json, sys

def pytest_collection_finish(session):
    manager = session.config.pluginmanager
    loaded = sorted(m for m in sys.modules if m in ("httpx", "elevenlabs_ext") or m.startswith("elevenlabs_ext."))
    marker = any(line.startswith("elevenlabs_emulator(") for line in session.config.getini("markers"))
    with open("report.json", "w") as file:
        json.dump({"plugin": manager.has_plugin("elevenlabs_emulator"), "marker": marker, "loaded": loaded}, file)
"""


def test_loading_the_plugin_imports_nothing_of_the_client(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_user.py").write_text("def test_nothing():\n    pass\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ELEVENLABS_", "PYTEST_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--co", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report == {"plugin": True, "marker": True, "loaded": []}


def test_the_old_module_name_is_the_same_plugin() -> None:
    import elevenlabs_ext_pytest
    from elevenlabs_ext.emulator import pytest_plugin

    assert pytest_plugin.elevenlabs_emulator is elevenlabs_ext_pytest.elevenlabs_emulator
    assert pytest_plugin.pytest_configure is elevenlabs_ext_pytest.pytest_configure
