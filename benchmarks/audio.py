"""Linear-time audio handling: 64 MiB in 1 KiB chunks through ``save`` and ``play``.

Each is compared with one write of the same bytes, in the same round:

- ``save``: ``elevenlabs_ext.audio.save(iter(chunks), path)`` against ``open(path, "wb").write(data)``.
- ``play``: ``play(iter(chunks), backend="ffplay")`` with a stub ``ffplay`` first on PATH (it reads
  and discards stdin), against starting the same stub and handing it the bytes with one
  ``communicate(data)``, which is what the official SDK's ``play`` does.

65,536 chunks make any per-chunk cost that grows with the data so far show at once: the
official SDK's ``stream`` (``audio += chunk``) took 7.7 s for 5 MiB; here 64 MiB stays within
a small factor of a single write.
"""

from __future__ import annotations

import gc
import os
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ._common import MIB, TIMES, Goal, Result, Settings, median, ratios, spread

NAME = "audio"
GOAL = Goal("<=", 3.0, f"≤ 3{TIMES}")
CHUNK = 1024

_STUB = "import os\nwhile os.read(0, 1 << 20):\n    pass\n"


@contextmanager
def _stub_ffplay(folder: Path) -> Iterator[Path]:
    """A stub ``ffplay`` first on PATH for the duration."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    stub = bin_dir / "ffplay"
    stub.write_text(f"#!{sys.executable} -S\n{_STUB}")
    stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
    previous = os.environ.get("PATH")
    os.environ["PATH"] = f"{bin_dir}{os.pathsep}{previous or ''}"
    try:
        yield stub
    finally:
        if previous is None:
            del os.environ["PATH"]
        else:
            os.environ["PATH"] = previous


def _timed(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _ms(seconds: list[float]) -> str:
    return f"{median(seconds) * 1000:,.0f} ms"


def run(settings: Settings) -> Result:
    if os.name == "nt":
        raise RuntimeError("the stub player is a POSIX script")
    from elevenlabs_ext.audio import play, save

    size = settings.pick(full=64, quick=8) * MIB
    rounds = settings.pick(full=15, quick=3)
    data = os.urandom(size)
    chunks = [data[at : at + CHUNK] for at in range(0, size, CHUNK)]

    with tempfile.TemporaryDirectory(prefix="bench-audio-") as name, _stub_ffplay(Path(name)) as stub:
        folder = Path(name)
        ours_path, single_path = folder / "ours.mp3", folder / "single.mp3"

        def ours_save() -> None:
            if save(iter(chunks), ours_path) != size:
                raise RuntimeError("save wrote the wrong number of bytes")

        def single_save() -> None:
            with open(single_path, "wb") as file:
                file.write(data)

        def ours_play() -> None:
            play(iter(chunks), backend="ffplay")

        def single_play() -> None:
            process = subprocess.Popen([str(stub)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
            process.communicate(data)
            if process.returncode != 0:
                raise RuntimeError(f"the stub player exited with {process.returncode}")

        def cleanup() -> None:
            for path in (ours_path, single_path):
                path.unlink(missing_ok=True)

        times: dict[str, list[float]] = {key: [] for key in ("ours_save", "single_save", "ours_play", "single_play")}
        actions = {
            "ours_save": ours_save,
            "single_save": single_save,
            "ours_play": ours_play,
            "single_play": single_play,
        }
        for action in actions.values():  # warm-up: page cache, imports, code paths
            action()
            cleanup()
        for index in range(rounds):
            order = list(actions) if index % 2 == 0 else list(reversed(actions))
            for key in order:
                times[key].append(_timed(actions[key]))
                cleanup()

    save_ratios = ratios(times["ours_save"], times["single_save"])
    play_ratios = ratios(times["ours_play"], times["single_play"])
    save_ratio, play_ratio = median(save_ratios), median(play_ratios)
    mib = size // MIB
    measured = (
        f"save {_ms(times['ours_save'])} ({save_ratio:.2f}{TIMES}), "
        f"stub player {_ms(times['ours_play'])} ({play_ratio:.2f}{TIMES})"
    )
    notes = (
        f"{mib} MiB in {size // CHUNK:,} chunks of {CHUNK} B, {rounds} alternating rounds after a warm-up; "
        f"ratio = the larger of save ÷ one `write` ({save_ratio:.2f}{TIMES}, interquartile range "
        f"{spread(save_ratios)}; one write {_ms(times['single_save'])}) and play through a stub "
        f"ffplay ÷ one `communicate` ({play_ratio:.2f}{TIMES}, {spread(play_ratios)}; "
        f"{_ms(times['single_play'])}).",
    )
    ratio = max(save_ratio, play_ratio)
    return Result(
        name=NAME,
        measured=measured,
        ratio=ratio,
        ratio_of="÷ one write of the same bytes, worse of save and play",
        goal=GOAL,
        judged=ratio,
        notes=notes,
    )
