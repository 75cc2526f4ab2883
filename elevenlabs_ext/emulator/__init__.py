"""An offline ElevenLabs API emulator that speaks real audio (``pip install 'elevenlabs-ext[emulator]'``).

Three ways to run it:

* ``elevenlabs-ext emulator --port 8787`` (or ``python -m elevenlabs_ext emulator``);
* in-process: ``with Emulator() as emu: client = emu.client()``;
* in pytest: the ``elevenlabs_emulator`` fixture of ``elevenlabs_ext.emulator.pytest_plugin``.

Names are imported on first use, so ``import elevenlabs_ext.emulator`` (e.g. for the demo
against the real API) does not need the emulator's dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._agents import ClientToolCall
    from ._app import create_app
    from ._faults import FaultSpec, parse_fault
    from ._options import EmulatorOptions, Pacing
    from ._server import DEFAULT_API_KEY, Emulator, serve
    from ._state import EmulatorState

__all__ = [
    "DEFAULT_API_KEY",
    "ClientToolCall",
    "Emulator",
    "EmulatorOptions",
    "EmulatorState",
    "FaultSpec",
    "Pacing",
    "create_app",
    "parse_fault",
    "serve",
]

_WHERE = {
    "DEFAULT_API_KEY": "._server",
    "Emulator": "._server",
    "serve": "._server",
    "EmulatorOptions": "._options",
    "Pacing": "._options",
    "EmulatorState": "._state",
    "FaultSpec": "._faults",
    "parse_fault": "._faults",
    "create_app": "._app",
    "ClientToolCall": "._agents",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ImportError as error:
        raise ImportError(
            f"elevenlabs_ext.emulator.{name} needs the emulator extra: pip install 'elevenlabs-ext[emulator]' ({error})"
        ) from error
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
