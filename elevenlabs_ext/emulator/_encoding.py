"""Incremental encoders for every ``output_format`` the emulator produces.

Formats are read by the package's one parser (``elevenlabs_ext.audio``); this module says
which of them the emulator can make and makes them. Encoders take 16-bit mono PCM at
eSpeak's rate in pieces (``encode``) and give the encoded bytes produced so far; ``flush``
ends the stream. MP3 goes through LAME (``lameenc``, which also resamples); PCM is resampled
here (linear interpolation, continuous across pieces); WAV is that PCM after a header that
states its length; u-law and A-law are G.711 of 8 kHz PCM via 64 Ki-entry tables; Opus is
Ogg Opus from libsndfile (the ``soundfile`` package, which bundles it), fed 48 kHz PCM.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Callable
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from ..audio._errors import AudioFormatError
from ..audio._formats import OutputFormat, parse_output_format

__all__ = [
    "Encoder",
    "emulated_format",
    "encoder_delay",
    "make_encoder",
]

# LAME's encoder delay (576) plus the MP3 decoder's (529), in output samples: decoded audio
# starts this late, so character timings of MP3 output are shifted by it.
MP3_DELAY_SAMPLES: Final = 1105
_MP3_QUALITY: Final = 7  # 2 is best, 7 fastest; the emulator needs speed more than fidelity
# libsndfile sets Opus's bitrate through a "compression level" from 0 (about 256 kbit/s)
# down to 1 (about 6 kbit/s), linearly.
_OPUS_TOP_KBPS: Final = 256
_OPUS_BOTTOM_KBPS: Final = 6


def opus_available() -> bool:
    """Whether Opus can be encoded here: the ``soundfile`` package is installed."""
    return importlib.util.find_spec("soundfile") is not None


def emulated_format(name: str) -> OutputFormat:
    """The format ``name`` stands for, when the emulator can produce it.

    Raises:
        AudioFormatError: ``name`` is not one of the API's formats, or (Opus without the
            ``soundfile`` package, G.711 at a rate other than 8 kHz) cannot be produced here.
    """
    fmt = parse_output_format(name)
    if fmt.codec == "opus" and not opus_available():
        raise AudioFormatError(
            f"The emulator cannot produce output_format {name!r}: Opus needs the soundfile package "
            "(pip install 'elevenlabs-ext[emulator]'); use mp3_*, pcm_*, wav_*, ulaw_8000 or alaw_8000."
        )
    if fmt.codec == "opus" and fmt.sample_rate != 48000:
        raise AudioFormatError(f"The emulator cannot produce output_format {name!r}: Opus is made at 48 kHz only.")
    if fmt.codec in ("ulaw", "alaw") and fmt.sample_rate != 8000:
        raise AudioFormatError(f"The emulator cannot produce output_format {name!r}: G.711 is 8 kHz audio.")
    return fmt


def encoder_delay(fmt: OutputFormat) -> float:
    """Seconds of encoder/decoder delay before the speech starts in the decoded audio."""
    return MP3_DELAY_SAMPLES / fmt.sample_rate if fmt.codec == "mp3" else 0.0


class Encoder(Protocol):
    def encode(self, pcm: bytes) -> bytes: ...

    def flush(self) -> bytes: ...


class _Mp3Encoder:
    def __init__(self, fmt: OutputFormat, source_rate: int) -> None:
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
    """PCM and G.711; WAV too, after a header for ``source_samples`` of input."""

    def __init__(self, fmt: OutputFormat, source_rate: int, source_samples: int | None = None) -> None:
        self._resampler = _Resampler(source_rate, fmt.sample_rate)
        self._table = _G711_TABLES[fmt.codec]() if fmt.codec in _G711_TABLES else None
        self._header = b""
        if fmt.codec == "wav":
            if source_samples is None:
                raise ValueError("a WAV header needs the length of the input")
            samples = _resampled_length(source_samples, source_rate, fmt.sample_rate)
            self._header = wav_header(2 * samples, fmt.sample_rate)

    def _out(self, samples: npt.NDArray[np.int16]) -> bytes:
        if self._table is None:
            return samples.astype("<i2").tobytes()
        return self._table[samples.view(np.uint16)].tobytes()

    def encode(self, pcm: bytes) -> bytes:
        header, self._header = self._header, b""
        return header + self._out(self._resampler.feed(pcm))

    def flush(self) -> bytes:
        header, self._header = self._header, b""
        return header + self._out(self._resampler.flush())


def _resampled_length(samples: int, source_rate: int, target_rate: int) -> int:
    """How many samples ``_Resampler`` makes from ``samples`` in all (it keeps the duration)."""
    if source_rate == target_rate or not samples:
        return samples
    return int(np.ceil(samples / (source_rate / target_rate)))


def wav_header(data_bytes: int, sample_rate: int) -> bytes:
    """The 44-byte RIFF/WAVE header of ``data_bytes`` of mono 16-bit PCM."""
    return (
        b"RIFF"
        + (36 + data_bytes).to_bytes(4, "little")
        + b"WAVEfmt "
        + (16).to_bytes(4, "little")
        + (1).to_bytes(2, "little")  # integer PCM
        + (1).to_bytes(2, "little")  # mono
        + sample_rate.to_bytes(4, "little")
        + (2 * sample_rate).to_bytes(4, "little")
        + (2).to_bytes(2, "little")
        + (16).to_bytes(2, "little")
        + b"data"
        + data_bytes.to_bytes(4, "little")
    )


class _Pages:
    """Where libsndfile writes the Ogg stream: kept until ``take`` hands it out.

    Ogg is written front to back; libsndfile only asks where it is (seek to the end, tell).
    """

    def __init__(self) -> None:
        self._data = bytearray()

    def write(self, data: bytes) -> int:
        self._data += data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return len(self._data)

    def tell(self) -> int:
        return len(self._data)

    def read(self, size: int = -1) -> bytes:
        return b""

    def take(self) -> bytes:
        data, self._data = bytes(self._data), bytearray()
        return data


class _OpusEncoder:
    """Ogg Opus at 48 kHz: resampled PCM into libsndfile, its pages out as they fill (about 1 s)."""

    def __init__(self, fmt: OutputFormat, source_rate: int) -> None:
        soundfile: Any = importlib.import_module("soundfile")  # ships no type information
        self._resampler = _Resampler(source_rate, fmt.sample_rate)
        self._pages = _Pages()
        kbps = min(max(fmt.bitrate or 64, _OPUS_BOTTOM_KBPS), _OPUS_TOP_KBPS)
        level = (_OPUS_TOP_KBPS - kbps) / (_OPUS_TOP_KBPS - _OPUS_BOTTOM_KBPS)
        self._file = soundfile.SoundFile(
            self._pages,
            "w",
            samplerate=fmt.sample_rate,
            channels=1,
            format="OGG",
            subtype="OPUS",
            compression_level=level,
        )

    def encode(self, pcm: bytes) -> bytes:
        samples = self._resampler.feed(pcm)
        if len(samples):
            self._file.write(samples)
        return self._pages.take()

    def flush(self) -> bytes:
        samples = self._resampler.flush()
        if len(samples):
            self._file.write(samples)
        self._file.close()
        return self._pages.take()


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


def make_encoder(fmt: OutputFormat, source_rate: int, source_samples: int | None = None) -> Encoder:
    """An encoder of ``fmt`` for mono 16-bit PCM at ``source_rate``; WAV needs ``source_samples``."""
    if fmt.codec == "mp3":
        return _Mp3Encoder(fmt, source_rate)
    if fmt.codec == "opus":
        return _OpusEncoder(fmt, source_rate)
    return _PcmEncoder(fmt, source_rate, source_samples)
