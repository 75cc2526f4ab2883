"""speak: streamed short texts, long-form files with resume, --play, --timestamps, WAV, stdout."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from elevenlabs_ext._cli import main
from elevenlabs_ext.emulator import Emulator
from elevenlabs_ext.longform import split_text

from ..longform_helpers import mp3_duration
from .conftest import Run


def _book(paragraphs: int = 5) -> str:
    return "\n\n".join(
        f"Chapter {p}. The night was quiet, and the river ran on. Nobody spoke of it again." for p in range(paragraphs)
    )


def test_short_text_is_streamed_to_a_file(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "hello.mp3"
    result = cli("speak", "Hello there. How are you?", "-o", str(target))
    assert result.code == 0 and result.out == ""
    assert result.err.startswith(f"Wrote {target}: ") and "bytes" in result.err
    assert mp3_duration(target.read_bytes()) > 0.5
    assert not list(tmp_path.glob("*.parts-*"))  # one request, no work folder


def test_speak_json_summary_and_voice_by_name(cli: Run, emu: Emulator, tmp_path: Path) -> None:
    result = cli("speak", "Hi there.", "-o", str(tmp_path / "hi.mp3"), "--voice", "rachel", "--json")
    summary = json.loads(result.out)
    assert summary["voice_id"] == "21m00Tcm4TlvDq8ikWAM" and summary["pieces"] == 1
    assert summary["bytes"] == (tmp_path / "hi.mp3").stat().st_size
    assert summary["request_ids"][0] == emu.state.history()[0].request_id


def test_audio_to_standard_output(emu: Emulator, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["speak", "Piped speech.", "-o", "-", "--base-url", emu.base_url]) == 0
    out, err = capsysbinary.readouterr()
    assert mp3_duration(out) > 0.3 and err == b""


def test_wav_output_has_a_header(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "hello.wav"
    assert cli("speak", "Hello in a wave file.", "-o", str(target), "-q").code == 0
    data = target.read_bytes()
    assert data[:4] == b"RIFF" and data[8:16] == b"WAVEfmt "
    assert struct.unpack("<I", data[24:28])[0] == 24000  # pcm_24000, implied by .wav
    assert struct.unpack("<I", data[40:44])[0] == len(data) - 44


def test_long_file_fails_on_the_third_piece_then_resumes(cli: Run, emu: Emulator, tmp_path: Path) -> None:
    text = _book()
    source = tmp_path / "book.txt"
    source.write_text(text)
    pieces = split_text(text, 120)
    assert len(pieces) >= 4
    # The quota runs out on the third piece: a real way for a long job to stop part-way.
    emu.configure(character_limit=len(pieces[0]) + len(pieces[1]) + 5)
    target = tmp_path / "book.mp3"
    argv = ["speak", "--file", str(source), "-o", str(target), "--max-chars", "120", "--concurrency", "1"]

    failed = cli(*argv)
    assert failed.code == 3 and "quota" in failed.err
    assert f"2 of {len(pieces)} pieces are saved in" in failed.err and "run the same command again" in failed.err
    assert not target.exists() and len(emu.state.usage()) == 2

    emu.configure(character_limit=1_000_000)
    resumed = cli(*argv, "--json")
    assert resumed.code == 0
    assert f"Resuming: 2 of {len(pieces)} pieces already saved." in resumed.err
    summary = json.loads(resumed.out)
    assert (summary["pieces"], summary["reused"], summary["requested"]) == (len(pieces), 2, len(pieces) - 2)
    charged = [usage.credits for usage in emu.state.usage()]
    assert charged == [len(piece) for piece in pieces]  # each piece paid for exactly once
    assert mp3_duration(target.read_bytes()) == pytest.approx(summary["duration"], abs=0.03)
    assert not list(tmp_path.glob("book.mp3.parts-*"))


def test_timestamps_file(cli: Run, tmp_path: Path) -> None:
    timings = tmp_path / "t.json"
    result = cli("speak", "Time every letter.", "-o", str(tmp_path / "t.mp3"), "--timestamps", str(timings), "-q")
    assert result.code == 0 and result.err == ""
    data = json.loads(timings.read_text())
    assert "".join(data["alignment"]["characters"]) == "Time every letter."
    assert len(data["alignment"]["character_end_times_seconds"]) == len("Time every letter.")
    assert data["duration"] > 0 and len(data["request_ids"]) == 1


class _StubPlayer:
    def __init__(self) -> None:
        self.played: list[tuple[bytes, str | None]] = []

    def __call__(self, audio: bytes | Iterable[bytes], *, output_format: str | None = None) -> None:
        data = audio if isinstance(audio, bytes) else b"".join(audio)
        self.played.append((data, output_format))


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch) -> _StubPlayer:
    stub = _StubPlayer()
    monkeypatch.setattr("elevenlabs_ext.audio.play", stub)
    monkeypatch.setattr("elevenlabs_ext.cli._speak.check_playback", lambda: None)  # as if a device were there
    return stub


def test_play_streams_to_the_player_and_the_file(cli: Run, player: _StubPlayer, tmp_path: Path) -> None:
    assert cli("speak", "Play me.", "--play", "-q").code == 0
    ((data, fmt),) = player.played
    assert fmt == "mp3_44100_128" and mp3_duration(data) > 0.3
    target = tmp_path / "also.mp3"
    assert cli("speak", "Play and keep me.", "--play", "-o", str(target), "-q").code == 0
    assert player.played[1][0] == target.read_bytes()


def test_play_a_long_file_after_joining(cli: Run, player: _StubPlayer, tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(_book(3))
    target = tmp_path / "book.mp3"
    assert cli("speak", "--file", str(source), "--max-chars", "150", "-o", str(target), "--play", "-q").code == 0
    assert player.played == [(target.read_bytes(), "mp3_44100_128")]


def test_playback_failure_is_reported_without_traceback(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(audio: Any, *, output_format: str | None = None) -> None:
        raise RuntimeError("no sound device")

    monkeypatch.setattr("elevenlabs_ext.audio.play", broken)
    monkeypatch.setattr("elevenlabs_ext.cli._speak.check_playback", lambda: None)
    result = cli("speak", "Hi.", "--play")
    assert result.code == 1 and "playback failed: no sound device" in result.err and "Traceback" not in result.err


def test_module_and_console_script_entry_points() -> None:
    module = subprocess.run(
        [sys.executable, "-m", "elevenlabs_ext", "--help"], capture_output=True, text=True, timeout=30, check=False
    )
    assert module.returncode == 0 and "exit codes:" in module.stdout
    script = Path(sys.executable).parent / "elevenlabs-ext"
    if script.exists():
        version = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=30, check=False)
        assert version.returncode == 0 and version.stdout.startswith("elevenlabs-ext ")


def test_text_from_standard_input(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Read from a pipe. Spoken in one piece."))
    target = tmp_path / "piped.mp3"
    result = cli("speak", "--file", "-", "-o", str(target), "--json")
    assert result.code == 0 and json.loads(result.out)["characters"] == len("Read from a pipe. Spoken in one piece.")


def test_interrupt_exits_130(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        error = KeyboardInterrupt()
        error.add_note("1 of 3 pieces are saved in somewhere; run the same command again to resume.")
        raise error

    monkeypatch.setattr("elevenlabs_ext.longform.synthesize_long", interrupted)
    source = tmp_path / "t.txt"
    source.write_text("Some text.")
    result = cli("speak", "--file", str(source), "-o", str(tmp_path / "t.mp3"))
    assert result.code == 130
    assert result.err.splitlines()[0] == "elevenlabs-ext: interrupted" and "1 of 3 pieces are saved" in result.err
