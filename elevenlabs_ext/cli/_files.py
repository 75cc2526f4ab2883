"""Writing downloads and speech: atomically to a file, or to standard output (``-``)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final, Protocol

from .._files import AtomicFile
from ._exit import CliError
from ._progress import Bar

__all__ = ["STDOUT", "Sink", "check_writable", "extension_for", "open_target", "write_chunks"]


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


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


def check_writable(target: str) -> None:
    """Fail now, before anything is paid for, if ``target`` (a file, or ``-``) cannot be written."""
    if target == STDOUT:
        refuse_terminal_stdout()
        return
    path = Path(target)
    folder = path.parent
    if path.is_dir():
        raise CliError(f"cannot write {target!r}: it is a folder")
    if not folder.is_dir():
        raise CliError(f"cannot write {target!r}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write {target!r}: no permission to create files in {str(folder)!r}")


@contextlib.contextmanager
def open_target(target: str) -> Iterator[Sink]:
    """A binary sink for ``target``: standard output for ``-``; otherwise a temporary file
    beside it, renamed over it only when the block ends without error, so a failed
    download never leaves a half file under the final name (``AtomicFile``: the file's
    mode follows the umask, as for any file the user creates)."""
    if target == STDOUT:
        refuse_terminal_stdout()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        file = AtomicFile(Path(target))
    except OSError as error:
        raise CliError(f"cannot write {target!r}: {error.strerror or error}") from None
    with file:
        yield file


def write_chunks(chunks: Iterable[bytes], target: str, bar: Bar) -> int:
    """Write ``chunks`` to ``target`` (see ``open_target``), advancing ``bar``; bytes written."""
    written = 0
    with open_target(target) as file:
        for chunk in chunks:
            file.write(chunk)
            written += len(chunk)
            bar.advance(len(chunk))
    return written
