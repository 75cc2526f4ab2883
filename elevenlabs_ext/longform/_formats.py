"""What an ``output_format`` name means for joining pieces, and which one a file name implies."""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import Final, Literal

import attrs

__all__ = ["DEFAULT_FORMAT", "AudioFormat", "check_container", "default_format_for", "parse_output_format"]

Codec = Literal["mp3", "pcm", "ulaw", "alaw", "opus"]

_EXTENSIONS: Final[dict[Codec, str]] = {"mp3": ".mp3", "pcm": ".pcm", "ulaw": ".ulaw", "alaw": ".alaw", "opus": ".opus"}
# What to ask for when only the output file's name is known. PCM at 24 kHz rather than
# 44.1 kHz because the API sells 44.1 kHz PCM to higher tiers only.
_BY_SUFFIX: Final = {
    ".mp3": "mp3_44100_128",
    ".wav": "pcm_24000",
    ".pcm": "pcm_24000",
    ".raw": "pcm_24000",
    ".ulaw": "ulaw_8000",
    ".alaw": "alaw_8000",
    ".opus": "opus_48000_128",
    ".ogg": "opus_48000_128",
}
DEFAULT_FORMAT: Final = "mp3_44100_128"


@attrs.frozen
class AudioFormat:
    """``mp3_44100_128`` → codec ``mp3``, 44 100 Hz, 128 kbit/s."""

    name: str
    codec: Codec
    sample_rate: int
    bitrate: int | None = None

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self.codec]

    @property
    def bytes_per_second(self) -> int | None:
        """For headerless formats: 16-bit mono PCM, 8-bit G.711. None for compressed ones."""
        if self.codec == "pcm":
            return self.sample_rate * 2
        if self.codec in ("ulaw", "alaw"):
            return self.sample_rate
        return None


def parse_output_format(name: str) -> AudioFormat:
    """Raises ``ValueError`` for names that are not ``codec_rate[_bitrate]`` of a known codec."""
    parts = name.split("_")
    try:
        codec = parts[0]
        if codec in ("mp3", "opus") and len(parts) == 3:
            return AudioFormat(name, codec, int(parts[1]), int(parts[2]))  # type: ignore[arg-type]
        if codec in ("pcm", "ulaw", "alaw") and len(parts) == 2:
            return AudioFormat(name, codec, int(parts[1]))  # type: ignore[arg-type]
    except ValueError:
        pass
    raise ValueError(
        f"unknown output format {name!r}: expected e.g. mp3_44100_128, pcm_24000, ulaw_8000 or opus_48000_128"
    )


def default_format_for(path: str | os.PathLike[str] | None) -> str:
    """The output format a file name asks for (``book.wav`` → ``pcm_24000``); MP3 otherwise."""
    if path is None:
        return DEFAULT_FORMAT
    return _BY_SUFFIX.get(PurePath(path).suffix.lower(), DEFAULT_FORMAT)


def check_container(path: str | os.PathLike[str] | None, fmt: AudioFormat) -> None:
    """Refuse a file name whose container the format cannot fill (``.wav`` from MP3, ...)."""
    if path is None:
        return
    suffix = PurePath(path).suffix.lower()
    if suffix == ".wav" and fmt.codec != "pcm":
        raise ValueError(f"{os.fspath(path)!r}: a .wav file is written from pcm_* formats, not {fmt.name}")
    expected = {".mp3": "mp3", ".opus": "opus", ".ogg": "opus"}.get(suffix)
    if expected is not None and fmt.codec != expected:
        raise ValueError(f"{os.fspath(path)!r}: a {suffix} file cannot hold {fmt.name} audio")
