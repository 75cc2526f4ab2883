"""The ``elevenlabs_emulator`` pytest plugin under its first name, for ``-p`` and ``pytest_plugins``.

The entry point that pytest loads by itself is ``elevenlabs_ext_pytest``, which imports nothing
of the client until a fixture is used; this module is the same plugin.
"""

from __future__ import annotations

from elevenlabs_ext_pytest import MARKER, elevenlabs_emulator, elevenlabs_emulator_session, pytest_configure

__all__ = ["MARKER", "elevenlabs_emulator", "elevenlabs_emulator_session", "pytest_configure"]
