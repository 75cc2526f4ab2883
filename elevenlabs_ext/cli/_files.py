"""Writing downloads and speech: atomically to a file, or to standard output (``-``)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final

from ._exit import CliError
from ._progress import Bar

__all__ = ["STDOUT", "extension_for", "open_target", "write_chunks"]

STDOUT: Final = "-"
_EXTENSIONS: Final = {
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/pcm": ".pcm",
    "audio/basic": ".ulaw",
    "audio/x-alaw-basic": ".alaw",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/ogg": ".opus",
    "audio/opus": ".opus",
    "application/zip": ".zip",
}


def extension_for(content_type: str | None) -> str:
    media = (content_type or "").split(";")[0].strip().lower()
    return _EXTENSIONS.get(media, ".bin")


def refuse_terminal_stdout() -> None:
    if sys.stdout.isatty():
        raise CliError("not writing audio to a terminal", hint="redirect standard output, or pass -o FILE")


@contextlib.contextmanager
def open_target(target: str) -> Iterator[BinaryIO]:
    """A binary file for ``target``: standard output for ``-``; otherwise a temporary file
    beside it, renamed over it only when the block ends without error, so a failed
    download never leaves a half file under the final name."""
    if target == STDOUT:
        refuse_terminal_stdout()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = Path(target)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise CliError(f"cannot write {target!r}: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_chunks(chunks: Iterable[bytes], target: str, bar: Bar) -> int:
    """Write ``chunks`` to ``target`` (see ``open_target``), advancing ``bar``; bytes written."""
    written = 0
    with open_target(target) as file:
        for chunk in chunks:
            file.write(chunk)
            written += len(chunk)
            bar.advance(len(chunk))
    return written
