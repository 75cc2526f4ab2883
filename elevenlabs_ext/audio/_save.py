"""``save`` and ``asave``: audio to a file as it arrives, replacing the file only at the end.

Twins kept identical after unasync. ``asave`` writes to a buffered file on the loop's thread:
each write is a memory copy, with one system call per 256 KiB, cheaper than handing every
chunk to a worker thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from .._files import AtomicFile
from ._sources import AsyncAudioSource, AudioSource, aiter_chunks, check_source, iter_chunks

__all__ = ["asave", "save"]


def save(audio: AudioSource, path: str | os.PathLike[str]) -> int:
    """Write audio to ``path`` as it arrives and return the number of bytes written.

    The bytes go to a hidden temporary file in the same folder, which replaces ``path`` only
    once the audio has ended: if the stream fails half-way (or is interrupted), ``path`` is
    left as it was and the temporary file is removed. This protects against failed streams,
    not power loss (there is no fsync). A stream from ``stream``/``astream`` is consumed and closed.
    """
    check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = iter_chunks(audio)
    try:
        with AtomicFile(target) as file:
            for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        close()


async def asave(audio: AsyncAudioSource, path: str | os.PathLike[str]) -> int:
    """Write audio to ``path`` as it arrives and return the number of bytes written.

    The bytes go to a hidden temporary file in the same folder, which replaces ``path`` only
    once the audio has ended: if the stream fails half-way (or is interrupted), ``path`` is
    left as it was and the temporary file is removed. This protects against failed streams,
    not power loss (there is no fsync). A stream from ``stream``/``astream`` is consumed and closed.
    """
    check_source(audio)
    target = Path(os.fspath(path))
    chunks, close = aiter_chunks(audio)
    try:
        with AtomicFile(target) as file:
            async for chunk in chunks:
                file.write(chunk)
        return file.written
    finally:
        await close()
