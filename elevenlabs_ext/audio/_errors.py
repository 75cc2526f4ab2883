"""Errors of ``elevenlabs_ext.audio``, part of the one error tree (see ``_errors``)::

    ElevenLabsError
    └── AudioError                                  audio could not be played
        ├── PlayerNotFoundError                     nothing installed can play it (the message says what to install)
        ├── PlayerError                             ffplay/mpv failed (``returncode``, ``stderr`` tail)
        ├── AudioDeviceError                        miniaudio/sounddevice failed (no device, decoder error)
        └── AudioFormatError (also ValueError)      an unknown ``output_format``, or audio no backend can decode

Kept in their own module so that ``elevenlabs_ext`` can re-export them without importing the
audio machinery.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._errors import ElevenLabsError

__all__ = ["AudioDeviceError", "AudioError", "AudioFormatError", "PlayerError", "PlayerNotFoundError"]


class AudioError(ElevenLabsError):
    """Audio could not be played, or an ``output_format`` is not one of the API's."""


class PlayerNotFoundError(AudioError):
    """No installed backend can play this audio; the message says what to install.

    Attributes:
        tried: one line per backend considered and why it was passed over.
    """

    def __init__(self, message: str, *, tried: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.tried = tuple(tried)


class PlayerError(AudioError):
    """An external player (ffplay, mpv) failed.

    Attributes:
        player: the player's name.
        argv: the command that ran.
        returncode: its exit status (negative: killed by that signal).
        stderr: the last lines it wrote to stderr (decoded, at most a few KiB).
    """

    def __init__(self, message: str, *, player: str, argv: Sequence[str], returncode: int, stderr: str) -> None:
        super().__init__(message)
        self.player = player
        self.argv = tuple(argv)
        self.returncode = returncode
        self.stderr = stderr


class AudioDeviceError(AudioError):
    """An audio library (miniaudio, sounddevice) could not open a device or decode the audio.

    Attributes:
        backend: ``"miniaudio"`` or ``"sounddevice"``.
    """

    def __init__(self, message: str, *, backend: str) -> None:
        super().__init__(message)
        self.backend = backend


class AudioFormatError(AudioError, ValueError):
    """An ``output_format`` that is not one of the API's, or audio that no chosen backend can decode."""
