"""Join the pieces' audio files into one, in order, the way each format allows.

* MP3: audio frames only (see ``_mp3``), the first piece's ID3v2 tag kept.
* PCM, u-law, A-law: headerless samples, so plain concatenation is exact; a ``.wav``
  target gets a RIFF header that states the total length.
* WAV (``wav_*``): each piece's samples, read past its own header, under one new header.
* Opus: each piece is a complete Ogg stream; Ogg defines one stream after another in a
  file as a "chained" stream (RFC 3533, section 4), which is what concatenation makes.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from ..audio._detect import parse_wav_header, wav_data_size
from . import _mp3
from ._formats import AudioFormat

__all__ = ["Opener", "Writable", "join_files", "wav_header"]

Opener = Callable[[Path], BinaryIO]


class Writable(Protocol):
    """Where the joined audio goes: a binary file, or anything with ``write(bytes)``."""

    def write(self, data: bytes | memoryview, /) -> object: ...


def _open(path: Path) -> BinaryIO:
    return path.open("rb")


_WAV_LIMIT = 0xFFFFFFFF - 36


def wav_header(data_bytes: int, sample_rate: int, *, channels: int = 1, bits: int = 16) -> bytes:
    """The 44-byte RIFF/WAVE header of ``data_bytes`` of little-endian integer PCM."""
    if data_bytes > _WAV_LIMIT:
        raise ValueError(f"{data_bytes} bytes of audio do not fit in a WAV file (4 GiB at most)")
    block_align = channels * bits // 8
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, sample_rate, sample_rate * block_align, block_align, bits)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


def join_files(
    paths: Sequence[Path], fmt: AudioFormat, target: Writable, *, wav: bool = False, opener: Opener = _open
) -> list[float]:
    """Write the pieces in ``paths`` to ``target`` as one file; return each piece's duration
    in seconds as it plays in the joined file (0.0 where the format does not say, opus).

    ``opener`` opens each piece for reading (long-form passes one that refuses links).
    """
    if wav and fmt.codec not in ("pcm", "wav"):
        raise ValueError(f"a WAV file is written from pcm_* or wav_* audio, not {fmt.name}")
    if fmt.codec == "mp3":
        return _join_mp3(paths, target, opener)
    if fmt.codec == "wav":
        return _join_wav(paths, fmt, target, opener)
    per_second = fmt.bytes_per_second
    sizes = []
    for path in paths:
        with opener(path) as source:
            sizes.append(os.fstat(source.fileno()).st_size)
    if wav:
        target.write(wav_header(sum(sizes), fmt.sample_rate))
    for path, size in zip(paths, sizes, strict=True):
        copied = 0
        with opener(path) as source:
            while block := source.read(1 << 20):
                target.write(block)
                copied += len(block)
        if copied != size:
            raise ValueError(f"{path} changed while it was being joined")
    return [size / per_second if per_second else 0.0 for size in sizes]


def _join_mp3(paths: Sequence[Path], target: Writable, opener: Opener) -> list[float]:
    durations = []
    for index, path in enumerate(paths):
        with opener(path) as source:
            data = source.read()
        try:
            found = _mp3.layout(data)
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from None
        if index == 0 and found.id3:
            target.write(found.id3)
        for frame in found.audio(data):
            target.write(frame)
        durations.append(found.duration)
    return durations


_WAV_HEAD = 64 * 1024  # a WAV header with metadata chunks before the samples


def _join_wav(paths: Sequence[Path], fmt: AudioFormat, target: Writable, opener: Opener) -> list[float]:
    spans: list[tuple[Path, int, int]] = []
    for path in paths:
        with opener(path) as source:
            head = source.read(_WAV_HEAD)
            file_size = os.fstat(source.fileno()).st_size
        header = parse_wav_header(head) if head.startswith(b"RIFF") and head[8:12] == b"WAVE" else None
        if header is None or header.header_size is None or header.channels != 1:
            raise ValueError(f"{path}: not a mono 16-bit PCM WAV file")
        if header.sample_rate != fmt.sample_rate:
            raise ValueError(f"{path}: {header.sample_rate} Hz audio in a {fmt.name} job")
        spans.append((path, header.header_size, wav_data_size(head, header, file_size)))
    target.write(wav_header(sum(size for _, _, size in spans), fmt.sample_rate))
    for path, start, size in spans:
        with opener(path) as source:
            source.seek(start)
            left = size
            while left and (block := source.read(min(left, 1 << 20))):
                target.write(block)
                left -= len(block)
    return [size / (2 * fmt.sample_rate) for _, _, size in spans]
