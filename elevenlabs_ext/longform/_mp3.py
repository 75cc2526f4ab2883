"""Just enough MPEG audio (Layer III) parsing to join MP3 files correctly.

Each MP3 the API returns is a complete file: possibly an ID3v2 tag in front, possibly a
Xing/Info (with a LAME extension) or VBRI header frame first, audio frames, possibly an
ID3v1 or APE tag at the end. Byte-concatenating such files puts tags and header frames in
the middle of the stream, and the first file's Xing header then states the frame count
and byte length of the first piece only: players that trust it (browsers, MPD's mad
plugin, QuickTime) stop after the first piece. So joining keeps only the audio frames of
every piece (plus the first piece's leading ID3v2 tag), and drops every Xing/Info/VBRI
frame, the first piece's included, rather than leave one that describes the wrong file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

__all__ = ["FrameHeader", "Mp3Layout", "layout", "parse_header"]

_BITRATES_V1: Final = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_V2: Final = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES: Final = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_TRAILING_TAGS: Final = (b"TAG", b"APETAGEX", b"LYRICSBEGIN")


@attrs.frozen
class FrameHeader:
    """A Layer III frame header. ``version`` is 3 (MPEG-1), 2 (MPEG-2) or 0 (MPEG-2.5)."""

    version: int
    bitrate: int  # kbit/s
    sample_rate: int
    padding: int
    mono: bool
    protected: bool

    @property
    def samples(self) -> int:
        return 1152 if self.version == 3 else 576

    @property
    def length(self) -> int:
        per_sample = 144 if self.version == 3 else 72
        return per_sample * self.bitrate * 1000 // self.sample_rate + self.padding

    @property
    def side_info(self) -> int:
        if self.version == 3:
            return 17 if self.mono else 32
        return 9 if self.mono else 17


def parse_header(data: bytes | memoryview, pos: int) -> FrameHeader | None:
    """The Layer III frame header at ``pos``, or None if there is none there."""
    if pos + 4 > len(data):
        return None
    b0, b1, b2, b3 = data[pos], data[pos + 1], data[pos + 2], data[pos + 3]
    if b0 != 0xFF or (b1 & 0xE0) != 0xE0:
        return None
    version = (b1 >> 3) & 0b11
    layer = (b1 >> 1) & 0b11
    bitrate_index = b2 >> 4
    rate_index = (b2 >> 2) & 0b11
    if version == 1 or layer != 0b01 or bitrate_index in (0, 15) or rate_index == 3:
        return None  # reserved version, not Layer III, free-format or bad bitrate, reserved rate
    table = _BITRATES_V1 if version == 3 else _BITRATES_V2
    return FrameHeader(
        version=version,
        bitrate=table[bitrate_index],
        sample_rate=_SAMPLE_RATES[version][rate_index],
        padding=(b2 >> 1) & 1,
        mono=(b3 >> 6) == 0b11,
        protected=not (b1 & 1),
    )


def _id3v2_length(data: bytes) -> int:
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = 0
    for byte in data[6:10]:
        size = (size << 7) | (byte & 0x7F)  # "syncsafe": 7 bits per byte
    footer = 10 if data[5] & 0x10 else 0
    return min(10 + size + footer, len(data))


def _is_info_frame(data: bytes, pos: int, header: FrameHeader) -> bool:
    offset = pos + 4 + (2 if header.protected else 0) + header.side_info
    return data[offset : offset + 4] in (b"Xing", b"Info") or data[pos + 36 : pos + 40] == b"VBRI"


def _frame_at(data: bytes, pos: int) -> FrameHeader | None:
    """A frame header at ``pos`` that is confirmed by another frame (or the end) right after it.

    A lone 0xFFE.. pattern inside junk or a tag is not enough: requiring the next frame to
    line up is what decoders do to resynchronise.
    """
    header = parse_header(data, pos)
    if header is None:
        return None
    following = pos + header.length
    if following >= len(data) or data[following : following + 3] in (b"TAG", b"APE", b"LYR"):
        return header
    return header if parse_header(data, following) is not None else None


@attrs.frozen
class Mp3Layout:
    """Where things are in one MP3 file.

    Attributes:
        id3: the leading ID3v2 tag (empty when there is none).
        frames: (offset, length) of every audio frame, header frames excluded.
        info_frames: how many Xing/Info/VBRI header frames were found (and left out).
        sample_rate: of the first audio frame (0 when there are no frames).
        samples: audio samples per channel in all ``frames``.
        skipped: bytes that were neither frames nor tags (junk or a truncated last frame).
    """

    id3: bytes
    frames: tuple[tuple[int, int], ...]
    info_frames: int
    sample_rate: int
    samples: int
    skipped: int

    @property
    def duration(self) -> float:
        return self.samples / self.sample_rate if self.sample_rate else 0.0

    def audio(self, data: bytes) -> Iterator[memoryview]:
        """The audio frames of ``data`` (the bytes this layout was made from), in order."""
        view = memoryview(data)
        start = end = -1
        for offset, length in self.frames:
            if offset == end:  # contiguous frames go out as one slice
                end += length
                continue
            if start >= 0:
                yield view[start:end]
            start, end = offset, offset + length
        if start >= 0:
            yield view[start:end]


def layout(data: bytes) -> Mp3Layout:
    """Find the tags, header frames and audio frames of one MP3 file.

    Raises:
        ValueError: ``data`` holds no MPEG Layer III frame at all.
    """
    id3 = _id3v2_length(data)
    pos = id3
    frames: list[tuple[int, int]] = []
    info = samples = skipped = sample_rate = 0
    while pos < len(data):
        header = _frame_at(data, pos)
        if header is None:
            if data[pos : pos + 11].startswith(_TRAILING_TAGS):
                break  # ID3v1 / APE / Lyrics3 at the end: metadata, not audio
            pos += 1
            skipped += 1
            continue
        if pos + header.length > len(data):
            skipped += len(data) - pos  # a frame cut short would garble the next piece's first frame
            break
        if not frames and not info and _is_info_frame(data, pos, header):
            info += 1
        else:
            frames.append((pos, header.length))
            samples += header.samples
            sample_rate = sample_rate or header.sample_rate
        pos += header.length
    if not frames and not info:
        raise ValueError("not an MP3 file: no MPEG Layer III frame found")
    return Mp3Layout(bytes(data[:id3]), tuple(frames), info, sample_rate, samples, skipped)
