"""The four playback backends: which are installed, which can play a format, and opening one.

In-process libraries (miniaudio, sounddevice) come first, then players on PATH (ffplay,
mpv). Availability is checked before any audio is read, so "install something" is raised
before a request is paid for; a backend that fails to start hands over to the next one
unless the caller chose it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal, Protocol

from ._detect import AudioFormat
from ._devices import LibraryName, library_problem, library_supports, open_device
from ._errors import AudioDeviceError, PlayerError, PlayerNotFoundError
from ._g711 import g711_decoder
from ._players import AsyncPlayerProcess, PlayerName, PlayerProcess, find_player, player_argv
from ._sinks import AsyncDevice, Device

__all__ = ["BACKENDS", "AsyncSink", "Backend", "Sink", "Transform", "aopen_sink", "available", "open_sink"]

Backend = Literal["miniaudio", "sounddevice", "ffplay", "mpv"]
BACKENDS: Final[tuple[Backend, ...]] = ("miniaudio", "sounddevice", "ffplay", "mpv")
"""Every backend, in the order ``play`` tries them."""

_INSTALL: Final[dict[Backend, str]] = {
    "miniaudio": "pip install 'elevenlabs-ext[audio]'",
    "sounddevice": "pip install sounddevice (it needs the PortAudio library)",
    "ffplay": "install FFmpeg, which includes ffplay (https://ffmpeg.org/download.html, apt install ffmpeg, "
    "brew install ffmpeg), and put it on PATH",
    "mpv": "install mpv (https://mpv.io/installation/, apt install mpv, brew install mpv) and put it on PATH",
}
_NOTHING_INSTALLED: Final = (
    "Nothing here can play audio. Install one of: the audio extra, `pip install 'elevenlabs-ext[audio]'` "
    "(miniaudio: plays MP3, PCM, u-law, A-law and WAV in-process), or FFmpeg's ffplay or mpv on PATH "
    "(they also play Opus)."
)


class _SkipHeader:
    """Drops the first ``size`` bytes of a stream (a WAV header, for a sound device)."""

    def __init__(self, size: int) -> None:
        self._left = size

    def __call__(self, chunk: bytes) -> bytes:
        if not self._left:
            return chunk
        cut = min(self._left, len(chunk))
        self._left -= cut
        return chunk[cut:]


def _transform(audio_format: AudioFormat | None, *, device: bool) -> Callable[[bytes], bytes] | None:
    """What each chunk goes through on its way to a player or a device, if anything."""
    if audio_format is None:
        return None
    if audio_format.codec in ("ulaw", "alaw"):
        return g711_decoder(audio_format.codec)  # for everyone: mpv has no G.711 input
    if device and audio_format.header_size:
        return _SkipHeader(audio_format.header_size)
    return None


def _is_player(name: Backend) -> bool:
    return name in ("ffplay", "mpv")


def available(backend: Backend | None) -> tuple[list[tuple[Backend, str | None]], list[str]]:
    """Installed backends as (name, player executable or None), and why others were passed over.

    Checked before any audio is read, so "install something" is raised before a request is paid for.
    """
    if backend is not None and backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
    names = BACKENDS if backend is None else (backend,)
    found: list[tuple[Backend, str | None]] = []
    tried: list[str] = []
    for name in names:
        if _is_player(name):
            executable = find_player(_player(name))
            if executable is None:
                tried.append(f"{name}: not found on PATH")
            else:
                found.append((name, executable))
        else:
            problem = library_problem(_library(name))
            if problem is None:
                found.append((name, None))
            else:
                tried.append(f"{name}: {problem}")
    if not found:
        if backend is not None:
            raise PlayerNotFoundError(f"{backend} is not available ({tried[0]}): {_INSTALL[backend]}.", tried=tried)
        raise PlayerNotFoundError(f"{_NOTHING_INSTALLED} [{'; '.join(tried)}]", tried=tried)
    return found, tried


def _player(name: Backend) -> PlayerName:
    return "ffplay" if name == "ffplay" else "mpv"


def _library(name: Backend) -> LibraryName:
    return "miniaudio" if name == "miniaudio" else "sounddevice"


def _describe(audio_format: AudioFormat | None) -> str:
    if audio_format is None:
        return "audio of unknown format"
    rate = f" at {audio_format.sample_rate} Hz" if audio_format.sample_rate else ""
    return f"{audio_format.codec} audio{rate}"


def _cannot_play(audio_format: AudioFormat | None, tried: list[str]) -> PlayerNotFoundError:
    what = _describe(audio_format)
    if audio_format is None:
        advice = "pass output_format= (e.g. 'pcm_24000'), or install FFmpeg's ffplay or mpv, which probe the audio"
    else:
        advice = "install FFmpeg's ffplay or mpv (they play every format the API makes), or request mp3_* or pcm_*"
    return PlayerNotFoundError(f"Nothing here can play {what}: {advice}. [{'; '.join(tried)}]", tried=tried)


class Sink(Protocol):
    def write(self, chunk: bytes) -> bool: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


class AsyncSink(Protocol):
    async def write(self, chunk: bytes) -> bool: ...
    async def finish(self) -> None: ...
    async def aclose(self) -> None: ...


def _playable(name: Backend, audio_format: AudioFormat | None, tried: list[str]) -> bool:
    if _is_player(name):
        return True
    given = audio_format.for_device() if audio_format is not None else None
    if library_supports(_library(name), given):
        return True
    tried.append(f"{name}: cannot play {_describe(audio_format)}")
    return False


Transform = Callable[[bytes], bytes] | None


def open_sink(
    candidates: list[tuple[Backend, str | None]], tried: list[str], audio_format: AudioFormat | None, *, explicit: bool
) -> tuple[Sink, Transform]:
    for name, executable in candidates:
        if not _playable(name, audio_format, tried):
            continue
        try:
            if executable is not None:
                argv = player_argv(_player(name), executable, audio_format.decoded() if audio_format else None)
                return PlayerProcess.start(_player(name), argv), _transform(audio_format, device=False)
            assert audio_format is not None  # _playable refuses unknown formats for devices
            device = open_device(_library(name), _device_format(audio_format))
            return Device(device), _transform(audio_format, device=True)
        except (AudioDeviceError, PlayerError) as error:  # could not start: try the next one
            if explicit:
                raise
            tried.append(f"{name}: {error}")
    raise _cannot_play(audio_format, tried)


async def aopen_sink(
    candidates: list[tuple[Backend, str | None]], tried: list[str], audio_format: AudioFormat | None, *, explicit: bool
) -> tuple[AsyncSink, Transform]:
    for name, executable in candidates:
        if not _playable(name, audio_format, tried):
            continue
        try:
            if executable is not None:
                argv = player_argv(_player(name), executable, audio_format.decoded() if audio_format else None)
                return await AsyncPlayerProcess.start(_player(name), argv), _transform(audio_format, device=False)
            assert audio_format is not None  # _playable refuses unknown formats for devices
            device = open_device(_library(name), _device_format(audio_format))
            return AsyncDevice(device), _transform(audio_format, device=True)
        except (AudioDeviceError, PlayerError) as error:  # could not start: try the next one
            if explicit:
                raise
            tried.append(f"{name}: {error}")
    raise _cannot_play(audio_format, tried)


def _device_format(audio_format: AudioFormat) -> AudioFormat:
    given = audio_format.for_device()
    assert given is not None  # _playable checked library_supports(for_device())
    return given
