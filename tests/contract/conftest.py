"""One Prism mock server per test session, serving openapi.yaml, and clients pointed at it.

Prism validates every request against the spec (422 with an ``sl-violations`` header when
one breaks it) and answers from the spec's examples, so these tests check that the
generated code, the spec and our client agree with each other.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from elevenlabs_ext import AsyncElevenLabs, ElevenLabs

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi.yaml"
READY_LINE = "Prism is listening"
# Below pytest-timeout's 60 s, so a slow start fails with Prism's log, not a bare timeout.
STARTUP_TIMEOUT = 50.0
API_KEY = "test-key"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start ``prism mock openapi.yaml`` on a free loopback port; yield its base URL."""
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM.relative_to(ROOT)} is missing: run `make setup` to install the test tools "
            "(Prism, pinned in package.json/package-lock.json).",
            pytrace=False,
        )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    # Single-process Prism (its default unless NODE_ENV=production), so the pid we stop is
    # the server itself. The log goes to a file: a pipe nobody drains would block Prism.
    env = {key: value for key, value in os.environ.items() if key != "NODE_ENV"}
    env.update(NO_COLOR="1", FORCE_COLOR="0")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", str(SPEC.relative_to(ROOT)), "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while READY_LINE not in log_path.read_text(errors="replace"):
            if process.poll() is not None:
                pytest.fail(
                    f"Prism exited with status {process.returncode} before listening:\n{log_path.read_text()}",
                    pytrace=False,
                )
            if time.monotonic() > deadline:
                pytest.fail(
                    f"Prism did not listen within {STARTUP_TIMEOUT:.0f} s:\n{log_path.read_text()}", pytrace=False
                )
            time.sleep(0.05)
        yield url
    finally:
        _stop(process)


@pytest.fixture
def client(prism_url: str) -> Iterator[ElevenLabs]:
    # No retries: a contract test must pass on the first answer, and fail fast when not.
    with ElevenLabs(api_key=API_KEY, base_url=prism_url, max_retries=0) as elevenlabs:
        yield elevenlabs


@pytest.fixture
async def async_client(prism_url: str) -> AsyncIterator[AsyncElevenLabs]:
    async with AsyncElevenLabs(api_key=API_KEY, base_url=prism_url, max_retries=0) as elevenlabs:
        yield elevenlabs
