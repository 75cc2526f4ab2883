"""``save`` and ``asave``: audio to a file as it arrives, replacing the file only at the end."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, Iterable
from pathlib import Path

from .._files import AtomicFile
from .._streaming import AsyncAudioStream, AudioStream
from ._sources import Buffer, async_chunks, check_source, sync_chunks

__all__ = ["asave", "save"]


def save(audio: Buffer | Iterable[bytes] | AudioStream, path: str | os.PathLike[str]) -> int:
    """Write audio to ``path`` as it arrives and return the number of bytes written.

    The bytes go to a hidden temporary file in the same folder, which replaces ``path`` only
    once the audio has ended: if the stream fails half-way (or is interrupted), ``path`` is
    left as it was and the temporary file is removed. This protects against failed streams,
    not power loss (there is no fsync). An ``AudioStream`` is consumed and closed.
    """
    check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = sync_chunks(audio)
    try:
        with AtomicFile(target) as file:
            for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        close()


async def asave(
    audio: Buffer | AsyncIterable[bytes] | Iterable[bytes] | AsyncAudioStream, path: str | os.PathLike[str]
) -> int:
    """Async twin of ``save``, for an async iterable or an ``AsyncAudioStream``.

    Writes go to a buffered file on the loop's thread: each is a memory copy, with one
    system call per 256 KiB, cheaper than handing every chunk to a worker thread.
    """
    check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = async_chunks(audio)
    try:
        with AtomicFile(target) as file:
            async for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        await close()
