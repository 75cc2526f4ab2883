"""Output formats: what each ``output_format`` value means and an incremental encoder for it.

Encoders take 16-bit mono PCM at eSpeak's rate in pieces (``encode``) and give the encoded
bytes produced so far; ``flush`` ends the stream. MP3 goes through LAME (``lameenc``, which
also resamples); PCM is resampled here (linear interpolation, continuous across pieces);
u-law and A-law are G.711 of 8 kHz PCM via 64 Ki-entry tables.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Final, Literal, Protocol

import attrs
import numpy as np
import numpy.typing as npt

__all__ = [
    "AudioFormat",
    "Encoder",
    "UnsupportedFormatError",
    "make_encoder",
    "parse_output_format",
]

Codec = Literal["mp3", "pcm", "ulaw", "alaw"]

# LAME's encoder delay (576) plus the MP3 decoder's (529), in output samples: decoded audio
# starts this late, so character timings of MP3 output are shifted by it.
MP3_DELAY_SAMPLES: Final = 1105
_MP3_QUALITY: Final = 7  # 2 is best, 7 fastest; the emulator needs speed more than fidelity

_CONTENT_TYPES: Final[dict[Codec, str]] = {
    "mp3": "audio/mpeg",
    "pcm": "audio/pcm",
    "ulaw": "audio/basic",
    "alaw": "audio/x-alaw-basic",
}


class UnsupportedFormatError(ValueError):
    """An ``output_format`` the emulator cannot produce (e.g. opus)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The emulator cannot produce output_format {name!r}: use mp3_*, pcm_*, ulaw_8000 or alaw_8000."
        )
        self.name = name


@attrs.frozen
class AudioFormat:
    name: str
    codec: Codec
    sample_rate: int
    bitrate: int | None = None

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPES[self.codec]

    @property
    def delay(self) -> float:
        """Seconds of encoder/decoder delay before the speech starts in the decoded audio."""
        return MP3_DELAY_SAMPLES / self.sample_rate if self.codec == "mp3" else 0.0

    @property
    def bytes_per_sample(self) -> int:
        return 2 if self.codec == "pcm" else 1


def parse_output_format(name: str) -> AudioFormat:
    """``mp3_44100_128`` → AudioFormat; raises ``UnsupportedFormatError`` for anything else."""
    parts = name.split("_")
    try:
        if parts[0] == "mp3" and len(parts) == 3:
            return AudioFormat(name, "mp3", int(parts[1]), int(parts[2]))
        if parts[0] == "pcm" and len(parts) == 2:
            return AudioFormat(name, "pcm", int(parts[1]))
        if parts[0] in ("ulaw", "alaw") and parts[1:] == ["8000"]:
            return AudioFormat(name, "ulaw" if parts[0] == "ulaw" else "alaw", 8000)
    except ValueError:
        pass
    raise UnsupportedFormatError(name)


class Encoder(Protocol):
    def encode(self, pcm: bytes) -> bytes: ...

    def flush(self) -> bytes: ...


class _Mp3Encoder:
    def __init__(self, fmt: AudioFormat, source_rate: int) -> None:
        # lameenc ships no type information; its whole API is the Encoder class.
        lameenc = importlib.import_module("lameenc")
        self._lame = lameenc.Encoder()
        self._lame.set_bit_rate(fmt.bitrate)
        self._lame.set_in_sample_rate(source_rate)
        self._lame.set_out_sample_rate(fmt.sample_rate)
        self._lame.set_channels(1)
        self._lame.set_quality(_MP3_QUALITY)
        self._lame.silence()

    def encode(self, pcm: bytes) -> bytes:
        return bytes(self._lame.encode(pcm)) if pcm else b""

    def flush(self) -> bytes:
        return bytes(self._lame.flush())


class _Resampler:
    """Linear-interpolation resampler that keeps its phase across pieces.

    Output sample ``j`` sits at input position ``j * source_rate / target_rate``. It is
    produced as soon as the input samples on both sides of it have arrived, so feeding the
    input in pieces gives exactly the samples that feeding it whole would.
    """

    def __init__(self, source_rate: int, target_rate: int) -> None:
        self._step = source_rate / target_rate
        self._identity = source_rate == target_rate
        self._pending = np.zeros(0, dtype=np.float64)
        self._offset = 0  # input index of _pending[0]
        self._produced = 0

    def _emit_through(self, last: int) -> npt.NDArray[np.int16]:
        """Every output whose position is at most input index ``last`` (which has arrived)."""
        count = int(np.floor(last / self._step)) + 1 - self._produced if last >= 0 else 0
        if count <= 0:
            return np.zeros(0, dtype=np.int16)
        positions = (self._produced + np.arange(count)) * self._step - self._offset
        left = np.floor(positions).astype(np.int64)
        right = np.minimum(left + 1, len(self._pending) - 1)  # only where the fraction is 0
        fraction = positions - left
        values = self._pending[left] * (1 - fraction) + self._pending[right] * fraction
        self._produced += count
        # Drop input no later output needs, keeping at least the last sample.
        drop = min(int(np.floor(self._produced * self._step)) - self._offset, len(self._pending) - 1)
        if drop > 0:
            self._pending = self._pending[drop:]
            self._offset += drop
        result: npt.NDArray[np.int16] = np.clip(np.rint(values), -32768, 32767).astype(np.int16)
        return result

    def feed(self, pcm: bytes) -> npt.NDArray[np.int16]:
        samples = np.frombuffer(pcm, dtype="<i2")
        if self._identity:
            return samples.astype(np.int16)
        self._pending = np.concatenate((self._pending, samples.astype(np.float64)))
        return self._emit_through(self._offset + len(self._pending) - 1)

    def flush(self) -> npt.NDArray[np.int16]:
        if self._identity or not len(self._pending):
            return np.zeros(0, dtype=np.int16)
        # In all, ceil(input * target / source) samples: the output lasts as long as the input.
        wanted = int(np.ceil((self._offset + len(self._pending)) / self._step))
        missing = wanted - self._produced
        self._produced = max(wanted, self._produced)
        last = np.int16(np.clip(np.rint(self._pending[-1]), -32768, 32767))
        return np.full(max(missing, 0), last, dtype=np.int16)


class _PcmEncoder:
    def __init__(self, fmt: AudioFormat, source_rate: int) -> None:
        self._resampler = _Resampler(source_rate, fmt.sample_rate)
        self._table = _G711_TABLES[fmt.codec]() if fmt.codec in _G711_TABLES else None

    def _out(self, samples: npt.NDArray[np.int16]) -> bytes:
        if self._table is None:
            return samples.astype("<i2").tobytes()
        return self._table[samples.view(np.uint16)].tobytes()

    def encode(self, pcm: bytes) -> bytes:
        return self._out(self._resampler.feed(pcm))

    def flush(self) -> bytes:
        return self._out(self._resampler.flush())


def _ulaw(sample: int) -> int:
    # G.711 u-law, as in the public-domain Sun reference (g711.c).
    value = sample >> 2
    mask = 0xFF
    if value < 0:
        value, mask = -value, 0x7F
    value = min(value, 8159) + 33
    segment = next(
        (i for i, end in enumerate((0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)) if value <= end), 8
    )
    if segment >= 8:
        return 0x7F ^ mask
    return ((segment << 4) | ((value >> (segment + 1)) & 0xF)) ^ mask


def _alaw(sample: int) -> int:
    # G.711 A-law, as in the public-domain Sun reference (g711.c).
    value = sample >> 3
    if value >= 0:
        mask = 0xD5
    else:
        mask, value = 0x55, -value - 1
    segment = next((i for i, end in enumerate((0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)) if value <= end), 8)
    if segment >= 8:
        return 0x7F ^ mask
    encoded = segment << 4
    encoded |= (value >> 1) & 0xF if segment < 2 else (value >> segment) & 0xF
    return encoded ^ mask


def _table(function: Callable[[int], int]) -> npt.NDArray[np.uint8]:
    # Indexed by the sample's bit pattern read as unsigned 16-bit.
    return np.array([function(index - 65536 if index >= 32768 else index) for index in range(65536)], dtype=np.uint8)


_G711_TABLES = {
    "ulaw": functools.cache(lambda: _table(_ulaw)),
    "alaw": functools.cache(lambda: _table(_alaw)),
}


def make_encoder(fmt: AudioFormat, source_rate: int) -> Encoder:
    if fmt.codec == "mp3":
        return _Mp3Encoder(fmt, source_rate)
    return _PcmEncoder(fmt, source_rate)
