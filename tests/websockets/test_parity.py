"""scripts/check_parity.py: registered twins match, and drift beyond the renaming is caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import check_parity

SYNC = '''
import threading

class Reader:
    """Docstrings may differ."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self):
        return self.open()

    def close(self) -> None:
        self._conn.close()

    def read(self, timeout: float | None = None) -> bytes:
        return self._conn.recv(timeout)

    def __iter__(self):
        for chunk in iter_pieces(self):
            yield chunk
'''

ASYNC = '''
import asyncio

class AsyncReader:
    """Another docstring."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        return await self.open()

    async def aclose(self) -> None:
        await self._conn.close()

    async def read(self) -> bytes:
        return await self._conn.recv(None)

    async def __aiter__(self):
        async for chunk in aiter_pieces(self):
            yield chunk
'''


def _twin(tmp_path: Path, sync: str, async_: str, **allowed: tuple[str, ...]) -> check_parity.Verdict:
    (tmp_path / "s.py").write_text(sync)
    (tmp_path / "a.py").write_text(async_)
    return check_parity.check(check_parity.Twin("s.py", "Reader", "a.py", "AsyncReader", **allowed), root=tmp_path)


def test_every_registered_twin_pair_is_in_parity() -> None:
    done = subprocess.run([sys.executable, check_parity.__file__], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
    assert "TextToSpeechSocket / AsyncTextToSpeechSocket" in done.stdout
    assert "MultiContextSocket / AsyncMultiContextSocket" in done.stdout


def test_the_renaming_alone_is_no_difference_but_anything_else_is(tmp_path: Path) -> None:
    verdict = _twin(tmp_path, SYNC, ASYNC)
    assert sorted(verdict.unexpected) == sorted(
        [
            "-def read(self, timeout: float | None=None) -> bytes:",
            "-return self._conn.recv(timeout)",
            "+def read(self) -> bytes:",
            "+return self._conn.recv(None)",
        ]
    )
    allowed = _twin(
        tmp_path,
        SYNC,
        ASYNC,
        allowed_sync=("def read(self, timeout: float | None=None) -> bytes:", "return self._conn.recv(timeout)"),
        allowed_async=("def read(self) -> bytes:", "return self._conn.recv(None)"),
    )
    assert allowed.ok


@pytest.mark.parametrize(
    "drift",
    [
        ("self._conn.close()", "self._conn.close(1000)"),  # a changed call
        ("asyncio.Lock()", "asyncio.Event()"),  # a different primitive
        ("await self.open()", "self.open()"),  # a forgotten await is still the same line...
    ],
)
def test_drift_in_the_async_twin_fails(tmp_path: Path, drift: tuple[str, str]) -> None:
    old, new = drift
    verdict = _twin(tmp_path, SYNC, ASYNC.replace(old, new, 1))
    if old == "await self.open()":
        # ... because await is exactly what the renaming removes: mypy catches a missing await.
        assert len(verdict.unexpected) == 4
    else:
        assert len(verdict.unexpected) > 4
