"""The pytest plugin used as a user would: a tiny test file run by pytest in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

USER_TESTS = """
import pytest
from elevenlabs_api.api.history import history_list
from elevenlabs_api.api.text_to_speech import text_to_speech_stream
from elevenlabs_api.models import TextToSpeechRequest
from elevenlabs_ext import AuthenticationError, stream

BODY = TextToSpeechRequest(text="Testing my voice feature.")


def test_speaks(elevenlabs_emulator):
    with elevenlabs_emulator.client() as client, stream(
        text_to_speech_stream, client=client, voice_id="JBFqnCBsd6RMkjVDRZzb", body=BODY
    ) as audio:
        assert len(audio.read()) > 10_000
    assert elevenlabs_emulator.state.character_count == len(BODY.text)


def test_each_test_starts_fresh(elevenlabs_emulator):
    with elevenlabs_emulator.client() as client:
        assert history_list.sync(client=client).history == []


@pytest.mark.elevenlabs_emulator(character_limit=5)
def test_marker_sets_options(elevenlabs_emulator):
    with elevenlabs_emulator.client(max_retries=0) as client, pytest.raises(AuthenticationError) as raised:
        with stream(text_to_speech_stream, client=client, voice_id="JBFqnCBsd6RMkjVDRZzb", body=BODY):
            pass
    assert raised.value.code == "quota_exceeded"
"""


def _plugin_installed() -> bool:
    return any(ep.name == "elevenlabs_emulator" for ep in entry_points(group="pytest11"))


def test_user_suite_gets_a_running_emulator(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    # Until the pytest11 entry point is installed, load the plugin the way -p would.
    plugin = [] if _plugin_installed() else ["-p", "elevenlabs_ext_pytest"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ELEVENLABS_", "PYTEST_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--strict-markers", *plugin, str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
