"""The API's ``output_format`` values, read in one place.

Playback and saving, long-form synthesis and its joins, the command line and the emulator
all take an ``output_format`` through ``parse_output_format``: ``codec_samplerate[_bitrate]``
with a codec the API knows. Anything else raises ``AudioFormatError`` (a ``ValueError``)
naming the value.
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import Final, Literal

import attrs

from ._errors import AudioFormatError

__all__ = [
    "DEFAULT_FORMAT",
    "Codec",
    "OutputFormat",
    "check_container",
    "default_format_for",
    "extension_for_content_type",
    "parse_output_format",
]

Codec = Literal["mp3", "pcm", "wav", "ulaw", "alaw", "opus"]

DEFAULT_FORMAT: Final = "mp3_44100_128"

# How many ``_``-separated parts each codec's name has: compressed ones carry a bitrate.
_PARTS: Final[dict[str, int]] = {"mp3": 3, "opus": 3, "pcm": 2, "wav": 2, "ulaw": 2, "alaw": 2}
_EXTENSIONS: Final[dict[Codec, str]] = {
    "mp3": ".mp3",
    "pcm": ".pcm",
    "wav": ".wav",
    "ulaw": ".ulaw",
    "alaw": ".alaw",
    "opus": ".opus",
}
_CONTENT_TYPES: Final[dict[Codec, str]] = {
    "mp3": "audio/mpeg",
    "pcm": "audio/pcm",
    "wav": "audio/wav",
    "ulaw": "audio/basic",
    "alaw": "audio/x-alaw-basic",
    "opus": "audio/opus",
}
# What to ask for when only the output file's name is known. PCM at 24 kHz rather than
# 44.1 kHz because the API sells 44.1 kHz PCM to higher tiers only; a .wav target gets its
# header from us, so every endpoint (streaming ones have no wav_*) can fill it.
_BY_SUFFIX: Final[dict[str, str]] = {
    ".mp3": DEFAULT_FORMAT,
    ".wav": "pcm_24000",
    ".pcm": "pcm_24000",
    ".raw": "pcm_24000",
    ".ulaw": "ulaw_8000",
    ".alaw": "alaw_8000",
    ".opus": "opus_48000_128",
    ".ogg": "opus_48000_128",
}


@attrs.frozen
class OutputFormat:
    """One ``output_format`` value: ``mp3_44100_128`` is codec ``mp3``, 44 100 Hz, 128 kbit/s.

    The API's audio is mono. ``pcm`` is headerless signed 16-bit little-endian, ``wav`` the
    same samples in a RIFF/WAVE file, ``ulaw``/``alaw`` 8-bit G.711, ``opus`` Ogg Opus.
    """

    name: str
    codec: Codec
    sample_rate: int
    bitrate: int | None = None  # kbit/s, for mp3 and opus

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self.codec]

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPES[self.codec]

    @property
    def sample_width(self) -> int | None:
        """Bytes per sample of uncompressed formats (2 for PCM and WAV, 1 for G.711); None otherwise."""
        if self.codec in ("pcm", "wav"):
            return 2
        return 1 if self.codec in ("ulaw", "alaw") else None

    @property
    def bytes_per_second(self) -> int | None:
        """Sample bytes per second of uncompressed formats (a WAV header not counted); None otherwise."""
        width = self.sample_width
        return None if width is None else width * self.sample_rate


def parse_output_format(value: object) -> OutputFormat:
    """``"pcm_24000"`` → ``OutputFormat("pcm_24000", "pcm", 24000)``.

    Takes a plain string or a generated enum member (anything with a string ``value``).

    Raises:
        AudioFormatError: the value is not ``codec_samplerate[_bitrate]`` of a known codec.
    """
    name = str(getattr(value, "value", value))
    parts = name.split("_")
    expected = _PARTS.get(parts[0])
    if expected is not None and len(parts) == expected and all(part.isdecimal() for part in parts[1:]):
        rate = int(parts[1])
        bitrate = int(parts[2]) if expected == 3 else None
        if rate > 0 and bitrate != 0:
            codec: Codec = parts[0]  # type: ignore[assignment]  # checked against _PARTS
            return OutputFormat(name, codec, rate, bitrate)
    raise AudioFormatError(
        f"unknown output format {name!r}: expected one of the API's output_format values, codec_samplerate[_bitrate] "
        "with codec mp3, pcm, wav, ulaw, alaw or opus (e.g. mp3_44100_128, pcm_24000, wav_44100, ulaw_8000)"
    )


def extension_for_content_type(content_type: str | None) -> str | None:
    """The file extension of API audio with this content type (``audio/wav`` → ``.wav``), else None."""
    base = (content_type or "").split(";")[0].strip().lower()
    return next((_EXTENSIONS[codec] for codec, known in _CONTENT_TYPES.items() if known == base), None)


def default_format_for(path: str | os.PathLike[str] | None) -> str:
    """The output format a file name asks for (``book.wav`` → ``pcm_24000``); MP3 otherwise."""
    if path is None:
        return DEFAULT_FORMAT
    return _BY_SUFFIX.get(PurePath(path).suffix.lower(), DEFAULT_FORMAT)


def check_container(path: str | os.PathLike[str] | None, fmt: OutputFormat) -> None:
    """Refuse a file name whose container the format cannot fill (``.wav`` from MP3, ...).

    Raises:
        AudioFormatError: naming the file and the format.
    """
    if path is None:
        return
    suffix = PurePath(path).suffix.lower()
    if suffix == ".wav" and fmt.codec not in ("pcm", "wav"):
        raise AudioFormatError(
            f"{os.fspath(path)!r}: a .wav file is written from pcm_* or wav_* formats, not {fmt.name}"
        )
    expected = {".mp3": "mp3", ".opus": "opus", ".ogg": "opus"}.get(suffix)
    if expected is not None and fmt.codec != expected:
        raise AudioFormatError(f"{os.fspath(path)!r}: a {suffix} file cannot hold {fmt.name} audio")
