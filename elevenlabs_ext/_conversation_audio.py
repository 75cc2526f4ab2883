"""Audio in and out of an agent conversation: the ``AudioInterface`` protocol and its two
implementations, in memory (tests, telephony bridges) and on a sound device (``sounddevice``,
the ``voice`` extra).

A conversation calls ``start(input_callback)`` once it is open, hands every chunk of the
agent's speech to ``output`` (16-bit mono PCM at the rate of the conversation's metadata,
16 kHz by default), calls ``interrupt`` when the user talks over the agent (drop what is not
played yet), and ``stop`` at the end. ``input_callback`` takes the user's audio in the same
format; it may be called from any thread. ``output`` and ``interrupt`` must not block: an
async conversation calls them on its event loop.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final, Protocol, runtime_checkable

from .audio._errors import AudioDeviceError

__all__ = ["AudioDeviceUnavailableError", "AudioInterface", "DeviceAudioInterface", "InMemoryAudioInterface"]

_SAMPLE_WIDTH: Final = 2  # 16-bit PCM


class AudioDeviceUnavailableError(AudioDeviceError):
    """The sound-device library is not installed or cannot load (no PortAudio): install
    ``elevenlabs-ext[voice]``, or use ``InMemoryAudioInterface``."""


@runtime_checkable
class AudioInterface(Protocol):
    """Where a conversation's audio comes from and goes to."""

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        """Begin capturing; call ``input_callback`` with each chunk of the user's audio."""
        ...

    def stop(self) -> None:
        """Stop capturing and playing (the conversation is over)."""
        ...

    def output(self, audio: bytes) -> None:
        """Play a chunk of the agent's speech (queue it; do not block)."""
        ...

    def interrupt(self) -> None:
        """The user talked over the agent: drop the agent's audio not played yet."""
        ...


class InMemoryAudioInterface:
    """Audio in and out as bytes: ``input_audio`` is sent when the conversation starts and
    ``push()`` sends more later; the agent's audio collects in ``output_audio``.

    ``chunk_bytes`` splits the input into chunks of that size (100 ms of 16 kHz PCM by default).
    """

    def __init__(self, input_audio: bytes | Iterable[bytes] = b"", *, chunk_bytes: int = 3200) -> None:
        if chunk_bytes <= 0 or chunk_bytes % _SAMPLE_WIDTH:
            raise ValueError(f"chunk_bytes must be a positive even number, got {chunk_bytes}")
        self._chunk_bytes = chunk_bytes
        self._pending: list[bytes] = []
        self._lock = threading.Lock()
        self._callback: Callable[[bytes], None] | None = None
        self._output = bytearray()
        self.output_chunks: list[bytes] = []
        self.interruptions = 0
        self.stopped = False
        self._queue(input_audio)

    def _queue(self, audio: bytes | Iterable[bytes]) -> None:
        pieces = [audio] if isinstance(audio, bytes | bytearray) else list(audio)
        for piece in pieces:
            if not isinstance(piece, bytes | bytearray):
                raise TypeError(f"audio must be bytes, got {type(piece).__name__}")
            for at in range(0, len(piece), self._chunk_bytes):
                self._pending.append(bytes(piece[at : at + self._chunk_bytes]))

    def push(self, audio: bytes | Iterable[bytes]) -> None:
        """Send more of the user's audio (now if the conversation is running, else at its start)."""
        with self._lock:
            self._queue(audio)
            callback = self._callback
            pending, self._pending = (self._pending, []) if callback is not None else ([], self._pending)
        for chunk in pending:
            callback(chunk)  # type: ignore[misc]  # set whenever pending was taken

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        with self._lock:
            self._callback = input_callback
            self.stopped = False
            pending, self._pending = self._pending, []
        for chunk in pending:
            input_callback(chunk)

    def stop(self) -> None:
        with self._lock:
            self._callback = None
            self.stopped = True

    def output(self, audio: bytes) -> None:
        self.output_chunks.append(audio)
        self._output += audio

    def interrupt(self) -> None:
        self.interruptions += 1

    @property
    def output_audio(self) -> bytes:
        """Everything the agent said, as one PCM string."""
        return bytes(self._output)


def _load_sounddevice() -> Any:
    try:
        return importlib.import_module("sounddevice")
    except ImportError:
        raise AudioDeviceUnavailableError(
            "A microphone/speaker conversation needs sounddevice: pip install 'elevenlabs-ext[voice]' "
            "(or pass audio=InMemoryAudioInterface(...)).",
            backend="sounddevice",
        ) from None
    except OSError as error:  # sounddevice raises this when PortAudio is missing
        raise AudioDeviceUnavailableError(
            f"sounddevice cannot load (is PortAudio installed?): {error}", backend="sounddevice"
        ) from None


class DeviceAudioInterface:
    """The default microphone and speaker, through ``sounddevice`` (the ``voice`` extra).

    The device's threads never wait for the network: captured blocks go straight to the
    conversation's callback, and playback takes whatever agent audio is queued (silence when
    there is none). ``backend`` replaces the ``sounddevice`` module (anything with its
    ``RawInputStream``/``RawOutputStream``), e.g. for a test without a sound card.
    """

    def __init__(
        self, *, input_rate: int = 16000, output_rate: int = 16000, block_ms: int = 100, backend: Any = None
    ) -> None:
        self._input_rate = input_rate
        self._output_rate = output_rate
        self._block_ms = block_ms
        self._backend = backend
        self._lock = threading.Lock()
        self._queued = bytearray()
        self._streams: list[Any] = []

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        backend = self._backend if self._backend is not None else _load_sounddevice()

        def capture(indata: Any, frames: int, time_info: Any, status: Any) -> None:
            input_callback(bytes(indata))

        try:
            microphone = backend.RawInputStream(
                samplerate=self._input_rate,
                channels=1,
                dtype="int16",
                blocksize=self._input_rate * self._block_ms // 1000,
                callback=capture,
            )
            speaker = backend.RawOutputStream(
                samplerate=self._output_rate,
                channels=1,
                dtype="int16",
                blocksize=self._output_rate * self._block_ms // 1000,
                callback=self._play,
            )
        except Exception as error:
            raise AudioDeviceError(f"could not open the sound device: {error}", backend="sounddevice") from error
        self._streams = [microphone, speaker]
        for stream in self._streams:
            stream.start()

    def _play(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        wanted = frames * _SAMPLE_WIDTH
        with self._lock:
            chunk = bytes(self._queued[:wanted])
            del self._queued[:wanted]
        outdata[:] = chunk + bytes(wanted - len(chunk))

    def output(self, audio: bytes) -> None:
        with self._lock:
            self._queued += audio

    def interrupt(self) -> None:
        with self._lock:
            self._queued.clear()

    def stop(self) -> None:
        streams, self._streams = self._streams, []
        for stream in streams:
            stream.stop()
            stream.close()
        self.interrupt()
