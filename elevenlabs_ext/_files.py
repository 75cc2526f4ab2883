"""Write a file atomically: into a temporary file beside it, renamed over it at the end."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Final

__all__ = ["AtomicFile"]

WRITE_BUFFER: Final = 256 * 1024  # 1 KiB chunks become one write system call per 256 KiB


class AtomicFile:
    """A buffered temporary file beside ``target`` that replaces it on a clean exit.

    Created with mode 0o666 so the umask applies as for ``open(path, "wb")``: ``mkstemp``
    would make the saved file readable by its owner only.
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

    def write(self, chunk: bytes | bytearray | memoryview) -> None:
        self.written += self._file.write(chunk)

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


CREATE_FLAGS: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
