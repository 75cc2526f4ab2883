"""Audio that comes in to be transcribed, decoded to mono samples (blocking; pure but for PyAV).

Raw PCM and u-law (what the realtime sockets carry) and WAV are decoded here with numpy and
the standard library; any other container or codec (MP3, Ogg, MP4 ...) through PyAV, which
the ``stt`` extra installs with faster-whisper.
"""

from __future__ import annotations

import io
import wave
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = ["AudioDecodeError", "decode_file", "decode_pcm16", "decode_ulaw"]

_DECODE_RATE: Final = 16000


class AudioDecodeError(ValueError):
    """The bytes are not audio the emulator can read."""


def decode_pcm16(data: bytes) -> npt.NDArray[np.int16]:
    """16-bit little-endian mono PCM (an odd trailing byte is an error)."""
    if len(data) % 2:
        raise AudioDecodeError("16-bit PCM audio must have an even number of bytes")
    return np.frombuffer(data, dtype="<i2").astype(np.int16)


def _ulaw_table() -> npt.NDArray[np.int16]:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    exponent = (codes >> 4) & 0x07
    magnitude = (((codes & 0x0F) << 3) + 0x84) << exponent
    return np.where(codes & 0x80, 0x84 - magnitude, magnitude - 0x84).astype(np.int16)


_ULAW: Final = _ulaw_table()


def decode_ulaw(data: bytes) -> npt.NDArray[np.int16]:
    """G.711 u-law bytes to 16-bit samples."""
    return _ULAW[np.frombuffer(data, dtype=np.uint8)]


def _decode_wav(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    with wave.open(io.BytesIO(data)) as reader:
        width, channels, rate = reader.getsampwidth(), reader.getnchannels(), reader.getframerate()
        frames = reader.readframes(reader.getnframes())
    if width != 2:
        raise AudioDecodeError(f"WAV with {8 * width}-bit samples is not supported; use 16-bit")
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(axis=1)
    return samples.astype(np.float32), rate


def decode_file(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    """A whole audio file, as mono float samples and their rate."""
    if not data:
        raise AudioDecodeError("the file is empty")
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            return _decode_wav(data)
        except (wave.Error, EOFError) as error:
            raise AudioDecodeError(f"unreadable WAV file: {error}") from None
    try:
        from faster_whisper.audio import decode_audio  # type: ignore[import-untyped]
    except ImportError:
        raise AudioDecodeError(
            "only WAV and raw PCM can be read without the stt extra: pip install 'elevenlabs-ext[stt]'"
        ) from None
    try:
        samples = decode_audio(io.BytesIO(data), sampling_rate=_DECODE_RATE)
    except Exception as error:  # PyAV raises its own error tree for anything it cannot read
        raise AudioDecodeError(f"the file is not audio the emulator can decode ({type(error).__name__})") from None
    return np.asarray(samples, dtype=np.float32), _DECODE_RATE
