"""Play and save audio: bytes, an iterable of chunks, or a stream straight from the API.

::

    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest
    from elevenlabs_ext import ElevenLabs, stream
    from elevenlabs_ext.audio import play, save

    with ElevenLabs() as client:
        with stream(text_to_speech_stream, client=client, voice_id=VOICE,
                    body=TextToSpeechRequest(text="Hello")) as audio:
            play(audio)  # sound starts with the first chunk, not when the stream ends
        ...
        save(chunks, "hello.mp3")  # written beside the target, renamed over it at the end

``play`` tries, in order: ``miniaudio`` (``pip install 'elevenlabs-ext[audio]'``) and
``sounddevice`` (when installed) in-process, then ``ffplay`` (FFmpeg) and ``mpv`` from PATH,
fed through their stdin. Without any of them it raises ``PlayerNotFoundError`` saying what to
install.

The audio's format comes from ``output_format=`` (the API's own names, e.g. ``"pcm_24000"``),
else from the stream's request and content type, else from the first bytes (MP3, WAV, Ogg).
Headerless PCM, u-law and A-law need one of the first two: nothing can tell their sample rate
from the bytes. miniaudio plays MP3, PCM, u-law, A-law and 16-bit WAV; sounddevice all but
MP3; ffplay and mpv everything, Opus included.

Nothing here keeps the whole audio in memory unless it was given as bytes: chunks go to the
player, the device or the file as they arrive (time and memory grow linearly with the audio).
This module is not imported by ``import elevenlabs_ext``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final, Literal, Protocol

from ._audio_devices import DeviceSink, LibraryName, library_problem, library_supports, open_device
from ._audio_errors import (
    AudioDeviceError,
    AudioError,
    AudioFormatError,
    PlayerError,
    PlayerNotFoundError,
)
from ._audio_format import AudioFormat, from_content_type, g711_decoder, parse_output_format, parse_wav_header, sniff
from ._audio_players import AsyncPlayerProcess, PlayerName, PlayerProcess, find_player, player_argv
from ._files import AtomicFile
from ._streaming import AsyncAudioStream, AudioStream

__all__ = [
    "BACKENDS",
    "AudioDeviceError",
    "AudioError",
    "AudioFormatError",
    "Backend",
    "PlayerError",
    "PlayerNotFoundError",
    "aplay",
    "asave",
    "play",
    "save",
]

Backend = Literal["miniaudio", "sounddevice", "ffplay", "mpv"]
BACKENDS: Final[tuple[Backend, ...]] = ("miniaudio", "sounddevice", "ffplay", "mpv")
"""Every backend, in the order ``play`` tries them."""

Buffer = bytes | bytearray | memoryview

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
_SNIFF_BYTES: Final = 64  # enough for every signature ``sniff`` knows (OpusHead sits at byte 28)
_WAV_HEADER_BYTES: Final = 64 * 1024  # a WAV header with metadata chunks; longer ones go to a player
_ASYNC_POLL: Final = 0.01  # how often aplay looks at a sound device's queue; see _AsyncDevice


def play(
    audio: Buffer | Iterable[bytes] | AudioStream,
    *,
    output_format: str | None = None,
    backend: Backend | None = None,
) -> None:
    """Play audio and return when it has been played.

    Args:
        audio: the whole audio, an iterable of chunks (played as they arrive), or an
            ``AudioStream`` (consumed and closed; opened first if it was not).
        output_format: the API's name of the audio's format (``"mp3_44100_128"``,
            ``"pcm_24000"``, ``"ulaw_8000"``, ...); needed for headerless PCM given as bytes.
        backend: use only this backend instead of the first that works (see ``BACKENDS``).

    Raises:
        PlayerNotFoundError: nothing installed can play it (the message says what to install).
        PlayerError: ffplay or mpv failed (its exit status and the end of its stderr).
        AudioDeviceError: miniaudio could not decode the MP3, or (when ``backend`` names a
            library) no sound device could be opened; without ``backend`` the next one is tried.
        AudioFormatError: ``output_format`` is not one of the API's formats.
        TypeError: ``audio`` is a ``str`` (a path? read the file first).

    If the player is closed by its user (mpv's ``q``) playback just ends. An interrupt
    (Ctrl-C) stops the player or device before it propagates.
    """
    _check_source(audio)
    audio_format = _explicit_format(output_format)
    candidates, tried = _available(backend)
    chunks, close = _sync_chunks(audio)
    try:
        if audio_format is None and isinstance(audio, AudioStream):
            audio_format = _stream_format(audio.open())
        head, sniffed = _peek(chunks, sniffing=audio_format is None)
        if not head:
            return
        audio_format = audio_format or sniffed
        sink, decode = _open_sink(candidates, tried, audio_format, explicit=backend is not None)
        try:
            for chunk in itertools.chain(head, chunks):
                if chunk and not sink.write(decode(chunk) if decode else chunk):
                    break  # the player stopped reading: its exit status says whether that was an error
            sink.finish()
        finally:
            sink.close()
    finally:
        close()


async def aplay(
    audio: Buffer | AsyncIterable[bytes] | Iterable[bytes] | AsyncAudioStream,
    *,
    output_format: str | None = None,
    backend: Backend | None = None,
) -> None:
    """Async twin of ``play``: ``await aplay(audio)`` with an async iterable or ``AsyncAudioStream``.

    The event loop is never blocked by playback: players are asyncio subprocesses and sound
    devices play from their own thread. A plain iterable is iterated on the loop, so pass
    only in-memory ones. Cancelling stops the player or device.
    """
    _check_source(audio)
    audio_format = _explicit_format(output_format)
    candidates, tried = _available(backend)
    chunks, close = _async_chunks(audio)
    try:
        if audio_format is None and isinstance(audio, AsyncAudioStream):
            audio_format = _stream_format(await audio.open())
        head, sniffed = await _apeek(chunks, sniffing=audio_format is None)
        if not head:
            return
        audio_format = audio_format or sniffed
        sink, decode = await _aopen_sink(candidates, tried, audio_format, explicit=backend is not None)
        try:
            for chunk in head:
                if chunk and not await sink.write(decode(chunk) if decode else chunk):
                    break
            else:
                async for chunk in chunks:
                    if chunk and not await sink.write(decode(chunk) if decode else chunk):
                        break
            await sink.finish()
        finally:
            await sink.aclose()
    finally:
        await close()


def save(audio: Buffer | Iterable[bytes] | AudioStream, path: str | os.PathLike[str]) -> int:
    """Write audio to ``path`` as it arrives and return the number of bytes written.

    The bytes go to a hidden temporary file in the same folder, which replaces ``path`` only
    once the audio has ended: if the stream fails half-way (or is interrupted), ``path`` is
    left as it was and the temporary file is removed. This protects against failed streams,
    not power loss (there is no fsync). An ``AudioStream`` is consumed and closed.
    """
    _check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = _sync_chunks(audio)
    try:
        with AtomicFile(target) as file:
            for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        close()


async def asave(
    audio: Buffer | AsyncIterable[bytes] | Iterable[bytes] | AsyncAudioStream, path: str | os.PathLike[str]
) -> int:
    """Async twin of ``save``, for an async iterable or an ``AsyncAudioStream``.

    Writes go to a buffered file on the loop's thread: each is a memory copy, with one
    system call per 256 KiB, cheaper than handing every chunk to a worker thread.
    """
    _check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = _async_chunks(audio)
    try:
        with AtomicFile(target) as file:
            async for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        await close()


# --- sources -----------------------------------------------------------------------------


def _check_source(audio: object) -> None:
    if isinstance(audio, str):
        raise TypeError("audio must be bytes or an iterable of bytes, not str (to play a file, read its bytes)")


def _explicit_format(output_format: str | None) -> AudioFormat | None:
    return None if output_format is None else parse_output_format(output_format)


def _nothing() -> None:
    return None


def _sync_chunks(audio: Buffer | Iterable[bytes] | AudioStream) -> tuple[Iterator[bytes], Callable[[], None]]:
    """The chunks, and what closes their source if we stop early (a generator's ``close``)."""
    if isinstance(audio, bytes | bytearray | memoryview):
        return iter((audio if isinstance(audio, bytes) else bytes(audio),)), _nothing
    if isinstance(audio, AudioStream):
        return audio.iter_bytes(), audio.close
    iterator = iter(audio)
    close = getattr(iterator, "close", None)
    return iterator, close if callable(close) else _nothing


async def _anothing() -> None:
    return None


async def _from_sync(iterator: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in iterator:
        yield chunk


def _async_chunks(
    audio: Buffer | AsyncIterable[bytes] | Iterable[bytes] | AsyncAudioStream,
) -> tuple[AsyncIterator[bytes], Callable[[], Any]]:
    if isinstance(audio, AsyncAudioStream):
        return audio.iter_bytes(), audio.aclose
    if isinstance(audio, AsyncIterable):
        iterator = aiter(audio)
        aclose = getattr(iterator, "aclose", None)
        return iterator, aclose if callable(aclose) else _anothing
    chunks, close = _sync_chunks(audio)

    async def closing() -> None:
        close()

    return _from_sync(chunks), closing


class _Head:
    """The first non-empty chunks: one, or while sniffing, until the format shows (64 bytes at
    most; for WAV, until its header has been read, 64 KiB at most)."""

    def __init__(self, sniffing: bool) -> None:
        self.chunks: list[bytes] = []
        self.format: AudioFormat | None = None
        self._sniffing = sniffing
        self._bytes = bytearray()  # what sniffing looks at; only kept while sniffing

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; True when the head is complete."""
        if not chunk:
            return False
        self.chunks.append(chunk)
        if not self._sniffing:
            return True
        self._bytes += chunk
        if self.format is None:
            self.format = sniff(self._bytes)
            if self.format is None:
                return len(self._bytes) >= _SNIFF_BYTES
        if self.format.codec != "wav":
            return True
        header = parse_wav_header(self._bytes)
        if header is not None:
            self.format = header
        return header is not None or len(self._bytes) >= _WAV_HEADER_BYTES


def _peek(chunks: Iterator[bytes], *, sniffing: bool) -> tuple[list[bytes], AudioFormat | None]:
    head = _Head(sniffing)
    for chunk in chunks:
        if head.add(chunk):
            break
    return head.chunks, head.format


async def _apeek(chunks: AsyncIterator[bytes], *, sniffing: bool) -> tuple[list[bytes], AudioFormat | None]:
    head = _Head(sniffing)
    async for chunk in chunks:
        if head.add(chunk):
            break
    return head.chunks, head.format


def _stream_format(stream: AudioStream | AsyncAudioStream) -> AudioFormat | None:
    """The format the request asked for (``output_format`` query), else the content type's."""
    requested = stream.response.request.url.params.get("output_format")
    if requested:
        with contextlib.suppress(AudioFormatError):
            return parse_output_format(requested)
    return from_content_type(stream.content_type)


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


# --- backends ------------------------------------------------------------------------------


def _is_player(name: Backend) -> bool:
    return name in ("ffplay", "mpv")


def _available(backend: Backend | None) -> tuple[list[tuple[Backend, str | None]], list[str]]:
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


class _Sink(Protocol):
    def write(self, chunk: bytes) -> bool: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


class _AsyncSink(Protocol):
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


def _open_sink(
    candidates: list[tuple[Backend, str | None]], tried: list[str], audio_format: AudioFormat | None, *, explicit: bool
) -> tuple[_Sink, Transform]:
    for name, executable in candidates:
        if not _playable(name, audio_format, tried):
            continue
        try:
            if executable is not None:
                argv = player_argv(_player(name), executable, audio_format.decoded() if audio_format else None)
                return PlayerProcess(_player(name), argv), _transform(audio_format, device=False)
            assert audio_format is not None  # _playable refuses unknown formats for devices
            device = open_device(_library(name), _device_format(audio_format))
            return device, _transform(audio_format, device=True)
        except (AudioDeviceError, PlayerError) as error:  # could not start: try the next one
            if explicit:
                raise
            tried.append(f"{name}: {error}")
    raise _cannot_play(audio_format, tried)


async def _aopen_sink(
    candidates: list[tuple[Backend, str | None]], tried: list[str], audio_format: AudioFormat | None, *, explicit: bool
) -> tuple[_AsyncSink, Transform]:
    for name, executable in candidates:
        if not _playable(name, audio_format, tried):
            continue
        try:
            if executable is not None:
                argv = player_argv(_player(name), executable, audio_format.decoded() if audio_format else None)
                return await AsyncPlayerProcess.start(_player(name), argv), _transform(audio_format, device=False)
            assert audio_format is not None
            device = open_device(_library(name), _device_format(audio_format))
            return _AsyncDevice(device), _transform(audio_format, device=True)
        except (AudioDeviceError, PlayerError) as error:
            if explicit:
                raise
            tried.append(f"{name}: {error}")
    raise _cannot_play(audio_format, tried)


def _device_format(audio_format: AudioFormat) -> AudioFormat:
    given = audio_format.for_device()
    assert given is not None  # _playable checked library_supports(for_device())
    return given


class _AsyncDevice:
    """A sound device driven from the event loop.

    The device plays from its own thread; the loop only queues chunks. While the queue is
    full (the source is ahead of playback) it checks back every 10 ms, short next to the
    device's own buffer, rather than keep a thread blocked for it.
    """

    def __init__(self, device: DeviceSink) -> None:
        self._device = device

    async def write(self, chunk: bytes) -> bool:
        self._device.put(chunk, block=False)
        while not self._device.has_room():
            await asyncio.sleep(_ASYNC_POLL)
            self._device.check()
        return True

    async def finish(self) -> None:
        played = asyncio.Event()
        loop = asyncio.get_running_loop()

        def wake() -> None:  # runs on the device's thread
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
                loop.call_soon_threadsafe(played.set)

        self._device.call_when_played(wake)
        self._device.end_input()
        await played.wait()
        self._device.check()
        await asyncio.sleep(self._device.tail_seconds)
        self._device.close()

    async def aclose(self) -> None:
        self._device.close()
