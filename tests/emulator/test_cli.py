"""The console entry (``python -m elevenlabs_ext emulator``) and the demo, run as processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .helpers import decode_mp3

ENV = {k: v for k, v in os.environ.items() if not k.startswith("ELEVENLABS_")}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_refuses_a_non_loopback_host() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "elevenlabs_ext", "emulator", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
        env=ENV,
        check=False,
    )
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr


def test_serves_until_stopped() -> None:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "elevenlabs_ext",
            "emulator",
            "--port",
            str(port),
            "--keys",
            "secret",
            "--max-body-bytes",
            "1000",
            "--history-audio-limit",
            "100000",
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base}/emulator/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert httpx.get(f"{base}/v1/models", headers={"xi-api-key": "secret"}).status_code == 200
        assert httpx.get(f"{base}/v1/models", headers={"xi-api-key": "other"}).status_code == 401
        large = httpx.post(
            f"{base}/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb", headers={"xi-api-key": "secret"}, content=b"x" * 2000
        )
        assert large.status_code == 413
    finally:
        process.terminate()
        process.communicate(timeout=20)


def test_demo_streams_hello_mp3_through_the_emulator(tmp_path: Path) -> None:
    output = tmp_path / "hello.mp3"
    result = subprocess.run(
        [sys.executable, "-m", "elevenlabs_ext.emulator.demo", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for expected in ("bundled emulator", "time to first byte", "total time", "audio duration", "first words"):
        assert expected in result.stdout
    rate, _, samples = decode_mp3(output.read_bytes())
    assert rate == 44100 and len(samples) / rate > 5
