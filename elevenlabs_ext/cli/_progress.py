"""Progress bars (``rich``, extra ``cli``): characters or bytes done, rate and time left.

Drawn on standard error, and only when it is a terminal, ``--quiet`` is not given and rich
is installed; otherwise every call is a no-op, so pipes, files and CI logs stay clean.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["Bar", "NullBar", "make_bar", "progress_enabled"]

Unit = Literal["bytes", "chars"]


class Bar(Protocol):
    """One progress bar, used as a context manager."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def start(self, total: float | None, completed: float = 0) -> None:
        """Set the total and what was done before this run (not counted in the rate)."""

    def update(self, completed: float, *, detail: str = "") -> None: ...

    def advance(self, amount: float) -> None: ...


class NullBar:
    """The bar when there is nowhere to draw it."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        return None

    def start(self, total: float | None, completed: float = 0) -> None:
        return None

    def update(self, completed: float, *, detail: str = "") -> None:
        return None

    def advance(self, amount: float) -> None:
        return None


def progress_enabled(*, quiet: bool) -> bool:
    if quiet or os.environ.get("TERM") == "dumb" or not sys.stderr.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


class RichBar:
    def __init__(self, description: str, unit: Unit, total: float | None, completed: float) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )
        from rich.text import Text

        class CharsDone(ProgressColumn):
            def render(self, task: Any) -> Text:
                total = f"{task.total:,.0f}" if task.total is not None else "?"
                return Text(f"{task.completed:,.0f}/{total} chars", style="progress.download")

        class CharsPerSecond(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} chars/s" if speed else "? chars/s", style="progress.data.speed")

        done: ProgressColumn = DownloadColumn() if unit == "bytes" else CharsDone()
        rate: ProgressColumn = TransferSpeedColumn() if unit == "bytes" else CharsPerSecond()
        self._progress: Progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            done,
            rate,
            TimeRemainingColumn(),
            TextColumn("{task.fields[detail]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self._task: TaskID = self._progress.add_task(description, total=total, completed=int(completed), detail="")

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()

    def start(self, total: float | None, completed: float = 0) -> None:
        # reset, not update: work done by an earlier run must not count towards the rate.
        self._progress.reset(self._task, total=total, completed=int(completed))

    def update(self, completed: float, *, detail: str = "") -> None:
        self._progress.update(self._task, completed=completed, detail=detail)

    def advance(self, amount: float) -> None:
        self._progress.advance(self._task, amount)


def make_bar(
    description: str, *, unit: Unit, total: float | None = None, completed: float = 0, quiet: bool = False
) -> Bar:
    """A rich bar when one can be drawn, else a ``NullBar``."""
    if not progress_enabled(quiet=quiet):
        return NullBar()
    return RichBar(description, unit, total, completed)
