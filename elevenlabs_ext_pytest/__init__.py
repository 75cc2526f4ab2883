"""pytest plugin (the ``pytest11`` entry point): an ``elevenlabs_emulator`` fixture backed by one
emulator per test session.

Installed with the ``emulator`` extra and registered as a ``pytest11`` entry point, so a
test only has to ask for it::

    def test_speaks(elevenlabs_emulator):
        with elevenlabs_emulator.client() as client:
            ...

Each test gets a fresh account (quota, history, usage), no pending faults and the default
options; ``@pytest.mark.elevenlabs_emulator(character_limit=100, concurrency=1)`` changes
options (any ``EmulatorOptions`` field) for one test.

pytest loads entry-point plugins into every session, before coverage measurement starts. So
this module lives outside ``elevenlabs_ext`` (importing anything in that package imports the
client core and httpx) and imports nothing of ours until a test asks for the fixture: a
session that never uses it pays nothing, and ``pytest --cov`` measures the core from its
first line. ``elevenlabs_ext.emulator.pytest_plugin`` is the same plugin under its old name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from elevenlabs_ext.emulator import Emulator

__all__ = ["elevenlabs_emulator", "elevenlabs_emulator_session"]

MARKER = "elevenlabs_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(**options): EmulatorOptions for this test's elevenlabs_emulator fixture"
    )


@pytest.fixture(scope="session")
def elevenlabs_emulator_session() -> Iterator[Emulator]:
    """The session's running emulator; prefer ``elevenlabs_emulator``, which also resets it."""
    try:
        from elevenlabs_ext.emulator._server import Emulator
    except ImportError as error:
        pytest.fail(f"elevenlabs_emulator needs the emulator extra: pip install 'elevenlabs-ext[emulator]' ({error})")
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def elevenlabs_emulator(elevenlabs_emulator_session: Emulator, request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A running ElevenLabs emulator with a fresh account; ``.client()`` gives a client for it."""
    emulator = elevenlabs_emulator_session
    emulator.reset()
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        emulator.configure(**marker.kwargs)
    yield emulator
    emulator.reset()
