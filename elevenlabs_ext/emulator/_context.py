"""Everything a request handler needs, in one object the app carries (``app.state.context``)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._espeak import EspeakEngine, engine
from ._faults import FaultBook, FaultSpec, parse_fault
from ._limits import ConcurrencyLimiter
from ._options import EmulatorOptions
from ._state import EmulatorState

if TYPE_CHECKING:
    from starlette.requests import HTTPConnection

__all__ = ["EmulatorContext", "context_of"]


class EmulatorContext:
    """Options (replaceable while serving), state, faults, the concurrency limiter and eSpeak."""

    def __init__(
        self,
        options: EmulatorOptions | None = None,
        *,
        state: EmulatorState | None = None,
        espeak: EspeakEngine | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._options = options or EmulatorOptions()
        self._global_faults = tuple(parse_fault(spec) for spec in self._options.faults)
        self.state = state or EmulatorState(history_audio_limit=self._options.history_audio_limit)
        self.faults = FaultBook()
        self.limiter = ConcurrencyLimiter()
        self.espeak = espeak or engine()
        # Set (from another thread) when the server is stopping; see _faults.pause.
        self.closing = False

    @property
    def options(self) -> EmulatorOptions:
        with self._lock:
            return self._options

    @options.setter
    def options(self, options: EmulatorOptions) -> None:
        faults = tuple(parse_fault(spec) for spec in options.faults)  # parse first: fail before changing
        with self._lock:
            self._options = options
            self._global_faults = faults
        self.state.history_audio_limit = options.history_audio_limit

    @property
    def global_faults(self) -> tuple[FaultSpec, ...]:
        with self._lock:
            return self._global_faults

    def reset(self) -> None:
        """Fresh account state and no pending faults (options stay)."""
        self.state = EmulatorState(history_audio_limit=self.options.history_audio_limit)
        self.faults.clear()


def context_of(connection: HTTPConnection) -> EmulatorContext:
    """The context of the app serving this request or websocket."""
    context: EmulatorContext = connection.app.state.context
    return context
