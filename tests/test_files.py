"""The one atomic writer (``_files``): the umask's mode, nothing left behind on failure, and
reads that refuse links and anything but regular files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from elevenlabs_ext._files import AtomicFile, open_regular, write_atomic


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_files_get_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "a.bin", b"abc")
        with AtomicFile(tmp_path / "b.bin") as file:
            file.write(b"def")
    finally:
        os.umask(old)
    for name in ("a.bin", "b.bin"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")

    def broken_stream() -> None:
        with AtomicFile(target) as file:
            file.write(b"new, half")
            raise RuntimeError("the stream broke")

    with pytest.raises(RuntimeError):
        broken_stream()
    assert target.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [target]


def test_writing_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep me")
    link = tmp_path / "piece.mp3"
    link.symlink_to(victim)
    assert write_atomic(link, b"audio") == 5
    assert victim.read_bytes() == b"keep me" and not link.is_symlink() and link.read_bytes() == b"audio"


def test_open_regular_refuses_links_folders_and_fifos(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.write_bytes(b"data")
    with open_regular(real) as file:
        assert file.read() == b"data"
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(OSError):  # noqa: PT011 - ELOOP from O_NOFOLLOW; the errno varies by platform
        open_regular(link)
    with pytest.raises(OSError, match="not a regular file"):
        open_regular(tmp_path)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):  # and no hang waiting for a writer
        open_regular(fifo)
