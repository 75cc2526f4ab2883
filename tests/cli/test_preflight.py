"""What the command line checks before it spends the user's characters, and its small
manners: exit codes for each refusal, a quiet broken pipe, file modes from the umask."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from elevenlabs_ext._cli import main
from elevenlabs_ext.emulator import Emulator

from .conftest import Run

LONG_TEXT = "\n\n".join(f"Paragraph {p}. It says one thing, and then another." for p in range(4))


def _spent(emu: Emulator) -> int:
    return sum(usage.credits for usage in emu.state.usage())


@pytest.mark.parametrize("long_form", [False, True], ids=["streamed", "long-form"])
def test_a_missing_output_folder_fails_before_the_request(
    cli: Run, emu: Emulator, tmp_path: Path, long_form: bool
) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.mp3"
    source = tmp_path / "book.txt"
    source.write_text(LONG_TEXT)
    argv = ["--file", str(source)] if long_form else ["Hello."]
    result = cli("speak", *argv, "-o", str(target))
    assert result.code == 2
    # The same words whichever path the text would have taken.
    assert result.err.splitlines()[0] == (
        f"elevenlabs-ext: cannot write {str(target)!r}: the folder {str(target.parent)!r} does not exist"
    )
    assert _spent(emu) == 0 and emu.state.usage() == []


def test_a_missing_timestamps_folder_fails_before_the_request(cli: Run, emu: Emulator, tmp_path: Path) -> None:
    result = cli("speak", "Hi.", "-o", str(tmp_path / "x.mp3"), "--timestamps", str(tmp_path / "nope" / "t.json"))
    assert result.code == 2 and "does not exist" in result.err and _spent(emu) == 0


@contextlib.contextmanager
def _terminal_stdout() -> Iterator[None]:
    """Standard output on a real pseudo-terminal (inside the test: capture swaps it at call time)."""
    import pty

    controller, terminal = pty.openpty()
    saved = sys.stdout
    try:
        with open(terminal, "w", closefd=True) as stdout:
            sys.stdout = stdout
            yield
    finally:
        sys.stdout = saved
        os.close(controller)


@pytest.mark.parametrize("long_form", [False, True], ids=["streamed", "long-form"])
def test_audio_to_a_terminal_is_refused_before_the_request(
    emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str], long_form: bool
) -> None:
    source = tmp_path / "book.txt"
    source.write_text(LONG_TEXT)
    argv = ["--file", str(source)] if long_form else ["Hello."]
    with _terminal_stdout():
        code = main(["speak", *argv, "-o", "-", "--base-url", emu.base_url])
    assert code == 2 and "not writing audio to a terminal" in capsys.readouterr().err
    assert emu.state.usage() == []


def test_play_without_any_player_names_the_cause(
    cli: Run, emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffplay, no mpv
    monkeypatch.setitem(sys.modules, "miniaudio", None)  # and no miniaudio: import fails
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    result = cli("speak", "Hi.", "--play", "--format", "opus_48000_64")
    assert result.code == 2 and "no audio player here" in result.err and "ffplay" in result.err
    assert "opus" not in result.err  # the cause, not the format
    assert emu.state.usage() == []


def _has_sound_device() -> bool:
    import miniaudio

    from elevenlabs_ext.cli._playback import quiet_c_stderr

    try:
        with quiet_c_stderr():
            miniaudio.PlaybackDevice().close()
    except miniaudio.MiniaudioError:
        return False
    return True


@pytest.mark.skipif(_has_sound_device(), reason="this machine has a sound device")
def test_play_without_a_sound_device_says_so_without_alsa_noise(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.api_key)
    monkeypatch.setenv("PATH", str(tmp_path))  # miniaudio is installed; no players
    assert main(["speak", "Hi.", "--play", "--base-url", emu.base_url]) == 2
    err = capfd.readouterr().err  # file descriptor 2 itself, where ALSA writes
    assert "no sound device" in err and "ALSA" not in err and "mp3" not in err
    assert emu.state.usage() == []


def test_text_and_file_messages(cli: Run, tmp_path: Path) -> None:
    neither = cli("speak", "-o", str(tmp_path / "x.mp3"))
    assert neither.code == 2 and "nothing to say" in neither.err and "not both" not in neither.err
    both = cli("speak", "Hi.", "--file", str(tmp_path / "t.txt"), "-o", str(tmp_path / "x.mp3"))
    assert both.code == 2 and "not both" in both.err


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_written_files_get_the_mode_the_umask_gives(cli: Run, tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        short = tmp_path / "short.mp3"
        assert cli("speak", "Hello.", "-o", str(short), "-q").code == 0
        source = tmp_path / "book.txt"
        source.write_text(LONG_TEXT)
        long = tmp_path / "long.mp3"
        timings = tmp_path / "long.json"
        argv = ["--file", str(source), "-o", str(long), "--max-chars", "80", "--timestamps", str(timings), "-q"]
        assert cli("speak", *argv).code == 0
    finally:
        os.umask(old)
    for path in (short, long, timings):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path


def test_voices_into_a_closed_pipe_prints_no_broken_pipe(emu: Emulator) -> None:
    env = {**os.environ, "ELEVENLABS_API_KEY": emu.api_key}
    argv = [sys.executable, "-m", "elevenlabs_ext", "voices", "--json", "--base-url", emu.base_url]
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # `| head -0`: the reader is gone before anything is written
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=30) == 141
    assert err == ""


def test_emulator_on_a_busy_port_exits_8_without_announcing(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        code = main(["emulator", "--port", str(port)])
    out, err = capsys.readouterr()
    assert code == 8 and out == ""
    assert f"cannot listen on 127.0.0.1 port {port}" in err and "in use" in err


def test_exit_codes_are_documented(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["emulator", "--help"]) == 0
    out = capsys.readouterr().out
    assert "8    emulator" in out and "3    authentication" in out and "141" in out


def test_stdin_text_goes_through_the_same_checks(
    cli: Run, emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("From a pipe."))
    result = cli("speak", "--file", "-", "-o", str(tmp_path / "missing" / "x.mp3"))
    assert result.code == 2 and "does not exist" in result.err and emu.state.usage() == []
