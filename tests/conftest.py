"""Shared test configuration: paths to the repository and the reference material."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

import httpx
import pytest

from elevenlabs_ext import (
    AsyncElevenLabs,
    ElevenLabs,
    apaginate,
    astream,
    astream_with_timestamps,
    paginate,
    stream,
    stream_with_timestamps,
)
from elevenlabs_ext import _logging as ext_logging
from elevenlabs_ext._retry import RetryPolicy

from .loopback import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "upstream"
UPSTREAM_OPENAPI = UPSTREAM / "elevenlabs-openapi.json"


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's real key or base URL must never leak into a test.
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    monkeypatch.delenv("ELEVENLABS_BASE_URL", raising=False)
    monkeypatch.delenv("ELEVENLABS_LOG", raising=False)


# --- Loopback fixtures (test_streaming, test_timestamps, test_retries, test_client) --------
#
# Every client-facing loopback test is written once, as ``async def``, against a ``Flavor``:
# the async flavor uses ``AsyncElevenLabs``/``astream``/``apaginate`` as they are; the sync
# flavor uses ``ElevenLabs``/``stream``/``paginate`` wrapped in awaitables, so one test body
# drives both. Sync calls block the event loop while they run, which is harmless: the
# loopback server (tests/loopback.py) answers from its own threads.

API_KEY = "sk_test_LOOPBACK_a1b2c3d4e5f6"  # distinctive, so a leak is easy to spot
TEST_TIMEOUT = 5.0  # clients in tests never wait long for a silent server unless a test says so


async def _aiter(iterable: Iterable[Any]) -> AsyncIterator[Any]:
    iterator = iter(iterable)
    try:
        for item in iterator:
            yield item
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


class SyncStreamAsAsync:
    """A sync ``AudioStream``/``TimestampStream`` behind the async stream's interface."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __aenter__(self) -> SyncStreamAsAsync:
        self.inner.__enter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.inner.__exit__(exc_type, exc, tb)

    def __aiter__(self) -> AsyncIterator[Any]:
        return _aiter(self.inner)

    async def open(self) -> SyncStreamAsAsync:
        (self.inner.stream if hasattr(self.inner, "stream") else self.inner).open()
        return self

    async def aclose(self) -> None:
        self.inner.close()

    async def read(self) -> bytes:
        return bytes(self.inner.read())

    async def to_file(self, path: Any) -> int:
        return int(self.inner.to_file(path))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class Flavor:
    def __init__(self, name: str) -> None:
        self.name = name
        self.is_async = name == "async"

    def __repr__(self) -> str:
        return f"Flavor({self.name})"

    @property
    def client_class(self) -> type[ElevenLabs] | type[AsyncElevenLabs]:
        return AsyncElevenLabs if self.is_async else ElevenLabs

    def client(self, **kwargs: Any) -> Any:
        return self.client_class(**kwargs)

    async def close(self, client: Any) -> None:
        if self.is_async:
            await client.aclose()
        else:
            client.close()

    @contextlib.asynccontextmanager
    async def using(self, client: Any) -> AsyncIterator[Any]:
        """``with client`` / ``async with client``."""
        if self.is_async:
            async with client as entered:
                yield entered
        else:
            with client as entered:
                yield entered

    def stream(self, endpoint: ModuleType, *, client: Any, **kwargs: Any) -> Any:
        if self.is_async:
            return astream(endpoint, client=client, **kwargs)
        return SyncStreamAsAsync(stream(endpoint, client=client, **kwargs))

    def stream_with_timestamps(self, endpoint: ModuleType, *, client: Any, **kwargs: Any) -> Any:
        if self.is_async:
            return astream_with_timestamps(endpoint, client=client, **kwargs)
        return SyncStreamAsAsync(stream_with_timestamps(endpoint, client=client, **kwargs))

    async def call(self, endpoint: ModuleType, *, client: Any, **kwargs: Any) -> Any:
        """The endpoint's ``sync_detailed``/``asyncio_detailed``."""
        if self.is_async:
            return await endpoint.asyncio_detailed(client=client, **kwargs)
        return endpoint.sync_detailed(client=client, **kwargs)

    async def collect(self, endpoint: ModuleType, *, client: Any, **kwargs: Any) -> list[Any]:
        """Every item of ``paginate``/``apaginate``."""
        if self.is_async:
            return [item async for item in apaginate(endpoint, client=client, **kwargs)]
        return list(paginate(endpoint, client=client, **kwargs))

    async def get(self, client: Any, url: str, **kwargs: Any) -> httpx.Response:
        """A GET through the client's own httpx client."""
        if self.is_async:
            return await client.get_async_httpx_client().get(url, **kwargs)
        return client.get_httpx_client().get(url, **kwargs)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> Flavor:
    return Flavor(request.param)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running
    assert not running.errors, running.errors


MakeClient = Callable[..., Awaitable[Any]]


@pytest.fixture
async def make_client(flavor: Flavor, server: LoopbackServer) -> AsyncIterator[MakeClient]:
    """``await make_client(**options)``: a client of the test's flavor for ``server``, closed afterwards."""
    made: list[Any] = []

    async def make(**options: Any) -> Any:
        options.setdefault("api_key", API_KEY)
        if "environment" not in options:
            options.setdefault("base_url", server.url)
        options.setdefault("timeout", TEST_TIMEOUT)
        client = flavor.client(**options)
        made.append(client)
        return client

    yield make
    for client in made:
        await flavor.close(client)


@pytest.fixture
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries without a Retry-After wait 10 ms instead of the real 0.5 s, 1 s, ... backoff."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_taken: 0.01)


@pytest.fixture
def ext_logger() -> Iterator[logging.Logger]:
    """The ``elevenlabs_ext`` logger, reconfigurable from the environment, restored afterwards."""
    logger = logging.getLogger("elevenlabs_ext")
    saved = (logger.level, list(logger.handlers), list(logger.filters), ext_logging._configured)
    ext_logging._configured = False
    yield logger
    logger.setLevel(saved[0])
    logger.handlers[:] = saved[1]
    logger.filters[:] = saved[2]
    ext_logging._configured = saved[3]
