"""Write a file atomically: into a temporary file beside it, renamed over it at the end.

The one atomic writer of the package: ``save``/``to_file``, long-form's work folder and
joined output, and the command line's downloads all go through ``AtomicFile``. Files get
the mode ``open(path, "wb")`` would give them (0o666 less the umask), never ``mkstemp``'s
owner-only 0o600.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO, Final

__all__ = ["AtomicFile", "open_regular", "write_atomic"]

WRITE_BUFFER: Final = 256 * 1024  # 1 KiB chunks become one write system call per 256 KiB


class AtomicFile:
    """A buffered temporary file beside ``target`` that replaces it on a clean exit.

    Created with mode 0o666 so the umask applies as for ``open(path, "wb")``: ``mkstemp``
    would make the saved file readable by its owner only. The rename replaces whatever
    ``target`` was, a symbolic link included, and never writes through one.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.written = 0
        for _ in range(100):
            self.temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
            try:
                fd = os.open(self.temporary, CREATE_FLAGS, 0o666)
            except FileExistsError:
                continue
            self._file = os.fdopen(fd, "wb", buffering=WRITE_BUFFER)
            return
        raise FileExistsError(f"could not create a temporary file beside {target}")

    def write(self, chunk: bytes | bytearray | memoryview) -> int:
        count = self._file.write(chunk)
        self.written += count
        return count

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            self._file.close()
            if exc_type is None:
                os.replace(self.temporary, self.target)
        except BaseException:
            self._discard()
            raise
        if exc_type is not None:
            self._discard()

    def _discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temporary)


def write_atomic(path: Path, data: bytes | bytearray | memoryview) -> int:
    """Write ``data`` to ``path`` atomically (see ``AtomicFile``); return its length."""
    with AtomicFile(path) as file:
        file.write(data)
    return file.written


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file, without following a symbolic
    link in its last component (and without blocking on a FIFO).

    Raises ``OSError`` otherwise (``ELOOP`` for a link where the platform has O_NOFOLLOW).
    """
    if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):
        raise OSError(f"{path} is a symbolic link")
    fd = os.open(path, READ_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


CREATE_FLAGS: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
READ_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
)
