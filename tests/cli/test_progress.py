"""Progress bars: drawn on a terminal only; characters for speech, bytes for downloads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from elevenlabs_ext.cli import _progress
from elevenlabs_ext.cli._progress import NullBar, RichBar, make_bar

from .conftest import Run


def _book() -> str:
    return "\n\n".join(f"Part {p}. A sentence to speak, and then another one." for p in range(4))


def test_quiet_when_standard_error_is_not_a_terminal(cli: Run, tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(_book())
    result = cli("speak", "--file", str(source), "--max-chars", "80", "-o", str(tmp_path / "b.mp3"))
    assert result.code == 0
    assert result.err.count("\n") == 1 and result.err.startswith("Wrote ")  # the summary only
    assert "\x1b[" not in result.err and "chars/s" not in result.err
    assert cli("speak", "--file", str(source), "--max-chars", "80", "-o", str(tmp_path / "c.mp3"), "-q").err == ""


def test_bar_on_a_terminal_shows_characters_rate_and_pieces(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("rich")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.delenv("TERM", raising=False)
    source = tmp_path / "book.txt"
    source.write_text(_book())
    total = sum(len(part) for part in _book().split("\n\n"))
    result = cli("speak", "--file", str(source), "--max-chars", "80", "-o", str(tmp_path / "b.mp3"))
    assert result.code == 0
    assert f"{total}/{total} chars" in result.err and "chars/s" in result.err and "4/4 pieces" in result.err


def test_download_bar_counts_bytes(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rich")
    assert cli("speak", "Something to download.", "-o", str(tmp_path / "x.mp3"), "-q").code == 0
    item = cli("history", "list").out.splitlines()[1].split()[0]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.delenv("TERM", raising=False)
    result = cli("history", "download", item, "-o", str(tmp_path / "d.mp3"))
    size = (tmp_path / "d.mp3").stat().st_size
    assert result.code == 0 and "downloading" in result.err
    assert f"{size / 1000:.1f}" in result.err or f"{size}" in result.err  # rich's DownloadColumn units


def test_bar_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("rich")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("TERM", "xterm")
    assert isinstance(make_bar("x", unit="chars"), RichBar)
    assert isinstance(make_bar("x", unit="chars", quiet=True), NullBar)
    monkeypatch.setenv("TERM", "dumb")
    assert isinstance(make_bar("x", unit="bytes"), NullBar)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setitem(sys.modules, "rich", None)  # the 'cli' extra is not installed
    assert not _progress.progress_enabled(quiet=False)
