"""In-process playback through miniaudio or sounddevice (the ``audio`` extra).

Both libraries call us from their own audio thread asking for N frames; that thread must
never wait for the network, or the device underruns. So the caller's chunks go into a
bounded ``ByteQueue``; the audio callback takes whatever whole frames are there, plays
silence when nothing is, and reports the end once the input has ended and the queue is
empty. MP3 is decoded by miniaudio in a separate decoder thread between two queues.

The bound gives back-pressure: a producer faster than playback waits instead of buffering
the whole stream in memory.
"""

from __future__ import annotations

import collections
import importlib
import threading
from collections.abc import Callable, Generator
from typing import Any, Final, Literal

from ._detect import PCM_SAMPLE_WIDTH, AudioFormat
from ._errors import AudioDeviceError

__all__ = [
    "ByteQueue",
    "DeviceSink",
    "LibraryName",
    "library_problem",
    "library_supports",
    "open_device",
]

LibraryName = Literal["miniaudio", "sounddevice"]

INPUT_LIMIT: Final = 256 * 1024  # encoded bytes waiting for the decoder
PCM_LIMIT: Final = 512 * 1024  # ~5 s of 48 kHz mono, ~1.5 s of 44.1 kHz stereo
_PERIOD_MS: Final = 100
# miniaudio tells us when it took the last frames, not when they were heard: wait for the
# device's buffer (3 periods by default) to play out before closing it.
_MINIAUDIO_TAIL: Final = 4 * _PERIOD_MS / 1000
_POLL: Final = 0.05

# The device backends miniaudio may use; None lets it choose. Tests set [Backend.NULL] to
# play on a device that needs no sound card (null is refused otherwise: silence is no playback).
_MINIAUDIO_BACKENDS: list[Any] | None = None


def library_problem(name: LibraryName) -> str | None:
    """Why the library cannot be used here (not installed, cannot load), or None if it can."""
    try:
        importlib.import_module(name)
    except ImportError:
        return "not installed"
    except OSError as error:  # sounddevice raises this when the PortAudio library is missing
        return f"cannot load: {error}"
    return None


def library_supports(name: LibraryName, audio_format: AudioFormat | None) -> bool:
    """Whether the library can play this format (``AudioFormat.for_device``: G.711 decoded, WAV unwrapped)."""
    if audio_format is None:
        return False  # unknown audio must go to a player, which probes it
    if audio_format.codec == "pcm":
        return audio_format.sample_rate is not None
    return name == "miniaudio" and audio_format.codec == "mp3"


class ByteQueue:
    """A bounded FIFO of bytes between one producer and one consumer thread.

    ``put`` waits while the queue holds ``limit`` bytes or more (one chunk may overshoot).
    Reads hand out memoryviews of the queued chunks, so a large chunk read in small pieces
    is not copied again for each piece.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._condition = threading.Condition()
        self._chunks: collections.deque[memoryview] = collections.deque()
        self._size = 0
        self._ended = False
        self._aborted = False

    def put(self, data: bytes, *, block: bool = True) -> None:
        if not data:
            return
        with self._condition:
            while block and self._size >= self._limit and not self._aborted:
                self._condition.wait(_POLL)
            if self._aborted:
                return
            self._chunks.append(memoryview(data).cast("B"))
            self._size += len(self._chunks[-1])
            self._condition.notify_all()

    def has_room(self) -> bool:
        return self._size < self._limit or self._aborted

    def end(self) -> None:
        """No more input: readers get the rest, then end of stream."""
        with self._condition:
            self._ended = True
            self._condition.notify_all()

    def abort(self) -> None:
        """Drop everything and release a waiting producer or consumer."""
        with self._condition:
            self._aborted = True
            self._chunks.clear()
            self._size = 0
            self._condition.notify_all()

    def exhausted(self, multiple: int = 1) -> bool:
        """The input has ended (or was aborted) and fewer than ``multiple`` bytes are left.

        A reader taking whole frames is done when only part of a frame remains (a stream cut
        mid-sample): that byte can never be played.
        """
        return (self._ended and self._size < multiple) or self._aborted

    def read(self, size: int) -> bytes:
        """Wait for ``size`` bytes, or fewer at the end; b"" at the end of the stream."""
        with self._condition:
            while self._size < size and not self._ended and not self._aborted:
                self._condition.wait(_POLL)
            return self._take(size)

    def read_available(self, size: int, multiple: int = 1) -> bytes:
        """Up to ``size`` bytes, a multiple of ``multiple``, without waiting (maybe b"")."""
        with self._condition:
            available = min(size, self._size)
            return self._take(available - available % multiple)

    def _take(self, size: int) -> bytes:
        size = min(size, self._size)
        parts: list[memoryview] = []
        remaining = size
        while remaining:
            head = self._chunks[0]
            if len(head) <= remaining:
                parts.append(self._chunks.popleft())
                remaining -= len(head)
            else:
                parts.append(head[:remaining])
                self._chunks[0] = head[remaining:]
                remaining = 0
        self._size -= size
        if size:
            self._condition.notify_all()
        return b"".join(parts)


class DeviceSink:
    """Playback on a sound device. Producer side: ``put`` chunks, ``end_input``, wait for ``played``.

    Subclasses open the device and call ``_pull`` from its audio thread.
    """

    backend: LibraryName
    tail_seconds = 0.0

    def __init__(self, pcm: ByteQueue, frame_size: int) -> None:
        self._input = pcm  # subclasses with a decoder replace this with the encoded queue
        self._pcm = pcm
        self._frame_size = frame_size
        self._played = threading.Event()
        self._played_lock = threading.Lock()
        self._on_played: list[Callable[[], object]] = []
        self._error: AudioDeviceError | None = None
        self._closed = False

    def put(self, chunk: bytes, *, block: bool = True) -> None:
        self.check()
        self._input.put(chunk, block=block)
        self.check()  # the decoder may have failed while we waited for room

    def has_room(self) -> bool:
        return self._input.has_room()

    def end_input(self) -> None:
        self._input.end()

    def wait_played(self, timeout: float) -> bool:
        """True once the audio has played out to the device (or playback failed)."""
        return self._played.wait(timeout)

    def call_when_played(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` (from any thread) once ``wait_played`` would return True."""
        with self._played_lock:
            if not self._played.is_set():
                self._on_played.append(callback)
                return
        callback()

    def _mark_played(self) -> None:
        with self._played_lock:
            self._played.set()
            callbacks, self._on_played = self._on_played, []
        for callback in callbacks:
            callback()

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    def _fail(self, error: AudioDeviceError) -> None:
        self._error = error
        self._input.abort()
        self._pcm.abort()
        self._mark_played()

    def _pull(self, frames: int) -> bytes | None:
        """The audio callback's share: whole frames now, b"" (silence) to wait, None at the end."""
        data = self._pcm.read_available(frames * self._frame_size, self._frame_size)
        if data or not self._pcm.exhausted(self._frame_size):
            return data
        self._drained()
        return None

    def _drained(self) -> None:
        """Every frame was handed to the device; it has played once its buffer has too."""
        self._mark_played()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._input.abort()
            self._pcm.abort()
            self._close_device()

    def _close_device(self) -> None:
        raise NotImplementedError


class MiniaudioSink(DeviceSink):
    backend: LibraryName = "miniaudio"
    tail_seconds = _MINIAUDIO_TAIL

    def __init__(self, audio_format: AudioFormat) -> None:
        # Neither library ships type information; importlib makes that explicit (Any).
        miniaudio: Any = importlib.import_module("miniaudio")
        self._miniaudio = miniaudio
        decoding = audio_format.codec == "mp3"
        # MP3 is decoded to stereo, which every device takes; miniaudio converts mono or stereo MP3 to it.
        channels = 2 if decoding else audio_format.channels
        rate = audio_format.sample_rate or 44100
        super().__init__(ByteQueue(PCM_LIMIT), PCM_SAMPLE_WIDTH * channels)
        try:
            self._device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=channels,
                sample_rate=rate,
                buffersize_msec=_PERIOD_MS,
                backends=_MINIAUDIO_BACKENDS,
            )
        except miniaudio.MiniaudioError as error:
            raise AudioDeviceError(f"miniaudio could not open a sound device: {error}", backend="miniaudio") from error
        if self._device.backend == "Null" and _MINIAUDIO_BACKENDS is None:
            self._device.close()
            raise AudioDeviceError("miniaudio found no sound device (only its null backend)", backend="miniaudio")
        generator = self._callback()
        next(generator)
        try:
            self._device.start(generator)  # plays silence until the first frames are queued
        except miniaudio.MiniaudioError as error:
            self._device.close()
            raise AudioDeviceError(
                f"miniaudio could not start the sound device: {error}", backend="miniaudio"
            ) from error
        self._decoder: threading.Thread | None = None
        if decoding:
            self._input = ByteQueue(INPUT_LIMIT)
            self._decoder = threading.Thread(
                target=self._decode, args=(channels, rate), name="miniaudio-decoder", daemon=True
            )
            self._decoder.start()

    def _callback(self) -> Generator[bytes, int, None]:
        frames = yield b""
        while (data := self._pull(frames)) is not None:
            frames = yield data

    def _decode(self, channels: int, rate: int) -> None:
        miniaudio = self._miniaudio
        queue = self._input

        base: Any = miniaudio.StreamableSource

        class Source(base):  # type: ignore[misc]  # subclassing Any: the library has no types
            def read(self, num_bytes: int) -> bytes:
                # Blocking is fine here (this is the decoder thread); a short read before
                # the end would look like the end of the file to some decoders.
                return queue.read(num_bytes)

        try:
            samples = miniaudio.stream_any(
                Source(),
                source_format=miniaudio.FileFormat.MP3,
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=channels,
                sample_rate=rate,
            )
            for block in samples:
                self._pcm.put(memoryview(block).cast("B").tobytes())
        except miniaudio.MiniaudioError as error:
            self._fail(AudioDeviceError(f"miniaudio could not decode the MP3 audio: {error}", backend="miniaudio"))
        finally:
            self._pcm.end()

    def _close_device(self) -> None:
        self._device.close()
        if self._decoder is not None:
            self._decoder.join()


class SounddeviceSink(DeviceSink):
    backend: LibraryName = "sounddevice"

    def __init__(self, audio_format: AudioFormat) -> None:
        sounddevice: Any = importlib.import_module("sounddevice")
        self._sounddevice = sounddevice
        super().__init__(ByteQueue(PCM_LIMIT), PCM_SAMPLE_WIDTH * audio_format.channels)
        try:
            self._stream = sounddevice.RawOutputStream(
                samplerate=audio_format.sample_rate,
                channels=audio_format.channels,
                dtype="int16",
                callback=self._callback,
                finished_callback=self._mark_played,
            )
            self._stream.start()
        except sounddevice.PortAudioError as error:
            raise AudioDeviceError(
                f"sounddevice could not open a sound device: {error}", backend="sounddevice"
            ) from error

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        data = self._pull(frames)
        size = len(data) if data else 0
        outdata[:size] = data or b""
        outdata[size:] = bytes(frames * self._frame_size - size)
        if data is None:
            raise self._sounddevice.CallbackStop

    def _drained(self) -> None:
        # finished_callback runs once the frames given to PortAudio have played (or the stream
        # was stopped), so unlike miniaudio no tail wait is needed: that is when playback ended.
        pass

    def _close_device(self) -> None:
        self._stream.close()


def open_device(name: LibraryName, audio_format: AudioFormat) -> DeviceSink:
    """Open the library's default output device for this format (``AudioFormat.for_device``) and start it."""
    if name == "miniaudio":
        return MiniaudioSink(audio_format)
    return SounddeviceSink(audio_format)
