"""Where playback and saving get their bytes, and what the first ones say about the audio.

Bytes, an iterable, an async iterable or an ``AudioStream`` all become an iterator of chunks
plus what closes the source if we stop early. ``peek`` reads just enough of the start to
know the format when nobody said it (64 bytes; for WAV, its header).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import Any, Final

from .._streaming import AsyncAudioStream, AudioStream
from ._detect import AudioFormat, from_content_type, from_output_format, parse_wav_header, sniff
from ._errors import AudioFormatError
from ._formats import parse_output_format

__all__ = [
    "AsyncAudioSource",
    "AudioSource",
    "Buffer",
    "aiter_chunks",
    "apeek",
    "check_source",
    "explicit_format",
    "iter_chunks",
    "peek",
    "stream_format",
]

Buffer = bytes | bytearray | memoryview
AudioSource = Buffer | Iterable[bytes] | AudioStream
"""What ``play`` and ``save`` take."""
AsyncAudioSource = Buffer | AsyncIterable[bytes] | Iterable[bytes] | AsyncAudioStream
"""What ``aplay`` and ``asave`` take: async iterables too, and plain ones (iterated on the loop)."""

_SNIFF_BYTES: Final = 64  # enough for every signature ``sniff`` knows (OpusHead sits at byte 28)
_WAV_HEADER_BYTES: Final = 64 * 1024  # a WAV header with metadata chunks; longer ones go to a player


def check_source(audio: object) -> None:
    if isinstance(audio, str):
        raise TypeError("audio must be bytes or an iterable of bytes, not str (to play a file, read its bytes)")


def explicit_format(output_format: str | None) -> AudioFormat | None:
    """The format ``output_format=`` names; a WAV's header is still to be read from the audio."""
    return None if output_format is None else from_output_format(parse_output_format(output_format))


def _nothing() -> None:
    return None


def iter_chunks(audio: AudioSource) -> tuple[Iterator[bytes], Callable[[], None]]:
    """The chunks, and what closes their source if we stop early (a generator's ``close``)."""
    if isinstance(audio, bytes | bytearray | memoryview):
        return iter((audio if isinstance(audio, bytes) else bytes(audio),)), _nothing
    if isinstance(audio, AudioStream):
        return audio.iter_bytes(), audio.close
    iterator = iter(audio)
    close = getattr(iterator, "close", None)
    return iterator, close if callable(close) else _nothing


async def _anothing() -> None:
    return None


async def _from_sync(iterator: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in iterator:
        yield chunk


def aiter_chunks(audio: AsyncAudioSource) -> tuple[AsyncIterator[bytes], Callable[[], Any]]:
    if isinstance(audio, AsyncAudioStream):
        return audio.iter_bytes(), audio.aclose
    if isinstance(audio, AsyncIterable):
        iterator = aiter(audio)
        aclose = getattr(iterator, "aclose", None)
        return iterator, aclose if callable(aclose) else _anothing
    chunks, close = iter_chunks(audio)

    async def closing() -> None:
        close()

    return _from_sync(chunks), closing


class _Head:
    """The first non-empty chunks: one, or while sniffing, until the format shows (64 bytes at
    most; for WAV, until its header has been read, 64 KiB at most)."""

    def __init__(self, known: AudioFormat | None) -> None:
        self.chunks: list[bytes] = []
        self.format = known
        # A known WAV still has its header read: a sound device is given the PCM inside.
        self._sniffing = known is None or known.codec == "wav"
        self._bytes = bytearray()  # what sniffing looks at; only kept while sniffing

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; True when the head is complete."""
        if not chunk:
            return False
        self.chunks.append(chunk)
        if not self._sniffing:
            return True
        self._bytes += chunk
        if self.format is None:
            self.format = sniff(self._bytes)
            if self.format is None:
                return len(self._bytes) >= _SNIFF_BYTES
        if self.format.codec != "wav":
            return True
        header = parse_wav_header(self._bytes)
        if header is not None:
            self.format = header
        return header is not None or len(self._bytes) >= _WAV_HEADER_BYTES


def peek(chunks: Iterator[bytes], known: AudioFormat | None) -> tuple[list[bytes], AudioFormat | None]:
    """The first chunks, and the audio's format: ``known``, or what they show."""
    head = _Head(known)
    for chunk in chunks:
        if head.add(chunk):
            break
    return head.chunks, head.format


async def apeek(chunks: AsyncIterator[bytes], known: AudioFormat | None) -> tuple[list[bytes], AudioFormat | None]:
    """The first chunks, and the audio's format: ``known``, or what they show."""
    head = _Head(known)
    async for chunk in chunks:
        if head.add(chunk):
            break
    return head.chunks, head.format


def stream_format(stream: AudioStream | AsyncAudioStream) -> AudioFormat | None:
    """The format the request asked for (``output_format`` query), else the content type's."""
    requested = stream.response.request.url.params.get("output_format")
    if requested:
        with contextlib.suppress(AudioFormatError):
            return from_output_format(parse_output_format(requested))
    return from_content_type(stream.content_type)
