"""The socket API is exported deliberately and its sync and async twins match."""

from __future__ import annotations

import inspect
import subprocess
import sys

import elevenlabs_ext

TWINS = [
    (elevenlabs_ext.TextToSpeechSocket, elevenlabs_ext.AsyncTextToSpeechSocket),
    (elevenlabs_ext.MultiContextSocket, elevenlabs_ext.AsyncMultiContextSocket),
    (elevenlabs_ext.SocketContext, elevenlabs_ext.AsyncSocketContext),
]


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def test_sync_and_async_sockets_have_the_same_public_methods() -> None:
    for sync_cls, async_cls in TWINS:
        expected = {"aclose" if name == "close" else name for name in _public(sync_cls)}
        assert expected == _public(async_cls), (sync_cls.__name__, expected ^ _public(async_cls))
        assert hasattr(sync_cls, "__iter__") and hasattr(async_cls, "__aiter__")


def test_async_twins_await_what_the_sync_ones_block_on() -> None:
    for sync_cls, async_cls in TWINS:
        for name in _public(sync_cls):
            sync_member = inspect.getattr_static(sync_cls, name)
            if not inspect.isfunction(sync_member) or name == "stream":
                continue  # properties; stream returns an (async) iterator in both
            async_name = "aclose" if name == "close" else name
            async_member = inspect.getattr_static(async_cls, async_name)
            sync_params = list(inspect.signature(sync_member).parameters)
            async_params = list(inspect.signature(async_member).parameters)
            # Async waits are bounded with asyncio.timeout() instead of a timeout argument.
            assert [p for p in sync_params if p != "timeout"] == async_params, (sync_cls.__name__, name)
            if name != "context":
                assert inspect.iscoroutinefunction(async_member), (async_cls.__name__, async_name)


def test_the_convenience_functions_are_twins() -> None:
    sync_params = inspect.signature(elevenlabs_ext.stream_input).parameters
    async_params = inspect.signature(elevenlabs_ext.astream_input).parameters
    assert list(sync_params) == list(async_params)


def test_importing_the_package_loads_neither_websockets_nor_asyncio() -> None:
    code = (
        "import sys, elevenlabs_ext\n"
        "print(sorted(m for m in ('websockets', 'asyncio', 'elevenlabs_api.sockets') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
