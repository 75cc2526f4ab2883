"""One emulator (real uvicorn on 127.0.0.1) for all emulator tests; each test gets it reset."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from elevenlabs_ext import ElevenLabs
from elevenlabs_ext.emulator import Emulator

VOICE = "JBFqnCBsd6RMkjVDRZzb"


@pytest.fixture(scope="session")
def _emulator() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def emu(_emulator: Emulator) -> Iterator[Emulator]:
    _emulator.reset()
    yield _emulator
    _emulator.reset()


@pytest.fixture
def client(emu: Emulator) -> Iterator[ElevenLabs]:
    with emu.client(max_retries=0) as client:
        yield client
