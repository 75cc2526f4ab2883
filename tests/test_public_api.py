"""The public surface stays deliberate: everything exported is listed, nothing private leaks."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import elevenlabs_ext


def test_all_lists_exactly_the_public_names() -> None:
    # Submodules (e.g. elevenlabs_ext.emulator once imported) are attributes too, not exports.
    for name in elevenlabs_ext.__all__:
        getattr(elevenlabs_ext, name)  # the socket classes load on first use
    public = sorted(
        name for name, value in vars(elevenlabs_ext).items() if not name.startswith("_") and not inspect.ismodule(value)
    )
    assert sorted(elevenlabs_ext.__all__) == sorted([*public, "__version__"])
    for name in elevenlabs_ext.__all__:
        if inspect.isclass(getattr(elevenlabs_ext, name)):
            assert getattr(elevenlabs_ext, name).__module__ == "elevenlabs_ext"


def test_sync_and_async_twins_have_the_same_public_methods() -> None:
    pairs = [
        (elevenlabs_ext.AudioStream, elevenlabs_ext.AsyncAudioStream, {"close": "aclose"}),
        (elevenlabs_ext.ElevenLabs, elevenlabs_ext.AsyncElevenLabs, {"close": "aclose"}),
        (elevenlabs_ext.RealtimeTranscriber, elevenlabs_ext.AsyncRealtimeTranscriber, {"close": "aclose"}),
        (elevenlabs_ext.Conversation, elevenlabs_ext.AsyncConversation, {"close": "aclose"}),
    ]
    for sync_cls, async_cls, renamed in pairs:
        sync_names = {n for n in dir(sync_cls) if not n.startswith("_")}
        async_names = {n for n in dir(async_cls) if not n.startswith("_")}
        expected = {renamed.get(n, n) for n in sync_names}
        assert expected == async_names, (sync_cls.__name__, expected ^ async_names)


def test_import_does_not_load_models_or_optional_packages() -> None:
    code = (
        "import sys, elevenlabs_ext\n"
        "bad = [m for m in sys.modules if m.startswith('elevenlabs_api.models.') or m.split('.')[0] in "
        "('dateutil', 'websockets', 'yaml', 'openapi_python_client', 'pybase64')]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_the_socket_classes_load_on_first_use() -> None:
    code = (
        "import sys, elevenlabs_ext\n"
        "before = 'elevenlabs_ext._websockets' in sys.modules\n"
        "listed = set(elevenlabs_ext.__all__) <= set(dir(elevenlabs_ext))\n"
        "socket = elevenlabs_ext.TextToSpeechSocket\n"
        "print(before, listed, 'elevenlabs_ext._websockets' in sys.modules, socket.__module__, "
        "elevenlabs_ext.AudioChunk.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True", "True", "elevenlabs_ext", "elevenlabs_ext"]
    from elevenlabs_ext import _websockets

    exported = {name for name in elevenlabs_ext.__all__ if hasattr(_websockets, name)}
    assert exported == elevenlabs_ext._SOCKET_NAMES
    assert not hasattr(elevenlabs_ext, "NoSuchThing")


def test_both_packages_ship_py_typed() -> None:
    import elevenlabs_api

    for package in (elevenlabs_ext, elevenlabs_api):
        assert (Path(package.__file__).parent / "py.typed").exists(), package.__name__
