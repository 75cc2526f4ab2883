"""``--play``: check, before any request is paid for, that something here can make a sound.

A player on PATH (ffplay, mpv) is taken at its word. Otherwise the in-process library must
be installed and open a real sound device: the probe opens one and closes it at once. The
C audio libraries print their complaints (ALSA's "cannot find card '0'" ...) straight to
file descriptor 2, so the probe runs with it pointed at the null device; the message the
user sees says what is missing, in our words.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any, Final

from ._exit import CliError, ExitCode

__all__ = ["check_playback", "quiet_c_stderr"]

PLAYERS: Final = ("ffplay", "mpv")
_INSTALL: Final = (
    "install FFmpeg's ffplay or mpv and put it on PATH, or `pip install 'elevenlabs-ext[audio]'` (miniaudio)"
)


@contextlib.contextmanager
def quiet_c_stderr() -> Iterator[None]:
    """Send what C code writes to file descriptor 2 to the null device for the block."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real descriptor 2 (an embedded interpreter): nothing to hide
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _open_and_close_device(miniaudio: Any) -> str | None:
    """Why no sound device can be opened, or None when one can."""
    try:
        with quiet_c_stderr():
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=24000
            )
    except miniaudio.MiniaudioError as error:
        return f"no sound device could be opened ({error.args[0] if error.args else error})"
    try:
        if getattr(device, "backend", "").lower() == "null":
            return "no sound device (only miniaudio's silent null device)"
        return None
    finally:
        with quiet_c_stderr():
            device.close()


def _sounddevice_output() -> bool:
    """Whether sounddevice (an optional backend of ``play``) is installed and lists an output device."""
    try:
        with quiet_c_stderr():
            sounddevice: Any = importlib.import_module("sounddevice")
            sounddevice.query_devices(kind="output")
    except Exception:  # not installed, no PortAudio, or no output device
        return False
    return True


def check_playback() -> None:
    """Raise a usage error (exit 2) naming the cause when nothing here can play audio."""
    if any(shutil.which(player) for player in PLAYERS):
        return
    try:
        miniaudio: Any = importlib.import_module("miniaudio")
    except ImportError:
        if _sounddevice_output():
            return
        raise CliError(
            "--play: no audio player here (no ffplay or mpv on PATH, no miniaudio)", ExitCode.USAGE, hint=_INSTALL
        ) from None
    problem = _open_and_close_device(miniaudio)
    if problem is not None:
        raise CliError(
            f"--play: {problem}",
            ExitCode.USAGE,
            hint="connect or enable a sound device, or write the audio to a file with -o FILE",
        )
