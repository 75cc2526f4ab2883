"""What a piece of audio is, told from an ``output_format``, a content type or its first bytes.

Pure code, no I/O: playback uses it to pick a backend and to build player arguments. A WAV
header is read here so that sound devices can be given the PCM inside, and so that long-form
synthesis can join WAV pieces.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

from ._formats import OutputFormat

__all__ = [
    "AudioCodec",
    "AudioFormat",
    "from_content_type",
    "from_output_format",
    "parse_wav_header",
    "sniff",
    "wav_data_size",
]

AudioCodec = Literal["mp3", "pcm", "ulaw", "alaw", "opus", "ogg", "wav", "flac"]

PCM_SAMPLE_WIDTH: Final = 2  # every API PCM format is signed 16-bit little-endian, mono


@attrs.frozen
class AudioFormat:
    """A codec and, when known, its sample rate. The API's audio is always mono.

    ``header_size`` is set for a WAV file whose header was read and holds 16-bit PCM: the
    samples start after that many bytes, with ``sample_rate`` and ``channels`` from the header.
    """

    codec: AudioCodec
    sample_rate: int | None = None
    channels: int = 1
    header_size: int | None = None

    def decoded(self) -> AudioFormat:
        """The format after G.711 decoding: ``ulaw``/``alaw`` become ``pcm``, others stay."""
        return AudioFormat("pcm", self.sample_rate) if self.codec in ("ulaw", "alaw") else self

    def for_device(self) -> AudioFormat | None:
        """What a sound device is given: G.711 decoded to PCM, a WAV file's PCM (None for a WAV
        whose header was not read or is not 16-bit PCM), anything else as it is."""
        if self.codec == "wav":
            return AudioFormat("pcm", self.sample_rate, self.channels) if self.header_size is not None else None
        return self.decoded()


def from_output_format(fmt: OutputFormat) -> AudioFormat:
    """What audio of this ``output_format`` is; a WAV's header is still to be read (``parse_wav_header``)."""
    return AudioFormat(fmt.codec, fmt.sample_rate)


_CONTENT_TYPES: Final[dict[str, AudioFormat]] = {
    "audio/mpeg": AudioFormat("mp3"),
    "audio/mp3": AudioFormat("mp3"),
    "audio/basic": AudioFormat("ulaw", 8000),
    "audio/x-alaw-basic": AudioFormat("alaw", 8000),
    "audio/opus": AudioFormat("opus"),
    "audio/ogg": AudioFormat("ogg"),
    "audio/wav": AudioFormat("wav"),
    "audio/x-wav": AudioFormat("wav"),
    "audio/wave": AudioFormat("wav"),
    "audio/flac": AudioFormat("flac"),
}


def from_content_type(content_type: str | None) -> AudioFormat | None:
    """The format a response's content type names, when it names one completely.

    ``audio/pcm`` gives None: without its sample rate it cannot be played correctly.
    """
    if not content_type:
        return None
    return _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def sniff(head: bytes | bytearray) -> AudioFormat | None:
    """The container or codec the first bytes of a file show; None for headerless audio."""
    if head.startswith(b"ID3"):
        return AudioFormat("mp3")
    # An MPEG audio frame: 11 sync bits, then a layer field that is not 0 (0 is ADTS AAC).
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06:
        return AudioFormat("mp3")
    if head.startswith(b"OggS"):
        return AudioFormat("opus" if b"OpusHead" in head[:80] else "ogg")
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return AudioFormat("wav")
    if head.startswith(b"fLaC"):
        return AudioFormat("flac")
    return None


_WAV_PCM: Final = 1
_WAV_EXTENSIBLE: Final = 0xFFFE


def parse_wav_header(head: bytes | bytearray) -> AudioFormat | None:
    """A WAV file's format once ``head`` holds its header through the ``data`` chunk's; else None.

    Only 16-bit integer PCM gets a ``header_size`` (anything else goes to a player, which
    decodes it); the ``data`` size is not trusted, as streamed WAV often leaves it 0 or -1.
    """
    position = 12  # after "RIFF", the size, "WAVE"
    found: AudioFormat = AudioFormat("wav")
    while position + 8 <= len(head):
        chunk_id = bytes(head[position : position + 4])
        size = int.from_bytes(head[position + 4 : position + 8], "little")
        if chunk_id == b"data":
            if found.sample_rate is None:
                return AudioFormat("wav")  # no usable fmt chunk before the samples
            return attrs.evolve(found, header_size=position + 8)
        if position + 8 + size > len(head):
            return None
        if chunk_id == b"fmt " and size >= 16:
            fmt = head[position + 8 : position + 8 + size]
            tag = int.from_bytes(fmt[0:2], "little")
            channels = int.from_bytes(fmt[2:4], "little")
            rate = int.from_bytes(fmt[4:8], "little")
            bits = int.from_bytes(fmt[14:16], "little")
            if size >= 26 and tag == _WAV_EXTENSIBLE:
                tag = int.from_bytes(fmt[24:26], "little")  # the sub-format GUID starts with the tag
            if tag == _WAV_PCM and bits == 16 and channels in (1, 2) and rate > 0:
                found = AudioFormat("wav", rate, channels)
        position += 8 + size + (size & 1)  # chunks are padded to an even size
    return None


def wav_data_size(head: bytes | bytearray, header: AudioFormat, file_size: int) -> int:
    """How many sample bytes follow a WAV header that ``parse_wav_header`` read from ``head``.

    The ``data`` chunk's stated size, unless it is a streaming placeholder (0 or 0xFFFFFFFF)
    or runs past the end of the file: then everything up to the end.
    """
    assert header.header_size is not None
    end = header.header_size
    available = file_size - end
    stated = int.from_bytes(head[end - 4 : end], "little")
    return stated if 0 < stated < 0xFFFFFFFF and stated <= available else available
