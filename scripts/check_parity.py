"""Fail when a sync class and its async twin drift apart beyond the async renaming.

    python scripts/check_parity.py            # check every registered twin (make lint runs this)
    python scripts/check_parity.py --show     # also print each pair's normalised diff

Each twin pair (``TWINS``) names a sync class and an async class (or function). Both are
parsed; docstrings are dropped; the async one is then renamed mechanically, unasync-style:

- ``async def`` → ``def``, ``await x`` → ``x``, ``async for`` → ``for``, ``async with`` → ``with``,
  and ``async for x in y: yield x`` → ``yield from y``;
- ``Async*`` names lose the prefix (``AsyncIterator`` → ``Iterator``, ``AsyncElevenLabs`` →
  ``ElevenLabs``; or ``SyncX`` where the sync side says so, as httpx does), ``__aiter__``/
  ``__aenter__``/... become ``__iter__``/``__enter__``/..., and an ``a``-prefixed name (or one
  with ``_async_`` in it) becomes the sync name when the sync definition uses that name and not
  the async one (``aclose`` → ``close``, ``aiter_text_pieces`` → ``iter_text_pieces``,
  ``handle_async_request`` → ``handle_request``);
- the asyncio primitives of ``PRIMITIVES`` become their threading counterparts.

What is left must be identical, apart from the pair's ``allowed`` lines: the few places where
the two flavours differ on purpose (a sync ``timeout`` argument where async code uses
``asyncio.timeout()``), each listed as it reads after normalisation, so that any other
difference fails. Register a new pair by adding a ``Twin``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# asyncio primitive → the threading (or time/queue) one a sync twin uses instead.
PRIMITIVES: dict[str, str] = {
    "asyncio.Lock": "threading.Lock",
    "asyncio.Event": "threading.Event",
    "asyncio.Condition": "threading.Condition",
    "asyncio.Semaphore": "threading.Semaphore",
    "asyncio.BoundedSemaphore": "threading.BoundedSemaphore",
    "asyncio.Queue": "queue.Queue",
    "asyncio.sleep": "time.sleep",
    "asyncio.TimeoutError": "TimeoutError",
    "asyncio.CancelledError": "BaseException",
    "StopAsyncIteration": "StopIteration",
    "anext": "next",
    "aiter": "iter",
}
_DUNDERS = {"__aiter__": "__iter__", "__anext__": "__next__", "__aenter__": "__enter__", "__aexit__": "__exit__"}


@dataclass(frozen=True)
class Twin:
    """A sync definition and its async twin (a class or a module-level function)."""

    sync_file: str
    sync_name: str
    async_file: str
    async_name: str
    # Lines (as normalised) that may appear only on the sync / only on the async side.
    allowed_sync: tuple[str, ...] = ()
    allowed_async: tuple[str, ...] = ()
    note: str = ""


_WS = "elevenlabs_ext/_websockets/"
_AUDIO = "elevenlabs_ext/audio/"

TWINS: list[Twin] = [
    Twin(_WS + "_sync.py", "_Lifetime", _WS + "_async.py", "_Lifetime"),
    Twin(
        _WS + "_sync.py",
        "TextToSpeechSocket",
        _WS + "_async.py",
        "AsyncTextToSpeechSocket",
        allowed_sync=(
            "def receive(self, timeout: float | None=None) -> AudioChunk | None:",
            "return self._receive(deadline(timeout))",
            "_twin_hint = 'the Async* sockets take an AsyncElevenLabs client'",
        ),
        allowed_async=(
            "def receive(self) -> AudioChunk | None:",
            "return self._receive(None)",
            "_twin_hint = 'the sync sockets take an ElevenLabs client'",
        ),
        note="async waits are bounded with asyncio.timeout() instead of a timeout argument",
    ),
    Twin(
        _WS + "_sync.py",
        "SocketContext",
        _WS + "_async.py",
        "AsyncSocketContext",
        allowed_sync=(
            "def receive(self, timeout: float | None=None) -> AudioChunk | None:",
            "return self._socket._receive(self.id, deadline(timeout))",
        ),
        allowed_async=("def receive(self) -> AudioChunk | None:", "return self._socket._receive(self.id, None)"),
    ),
    Twin(
        _WS + "_sync.py",
        "MultiContextSocket",
        _WS + "_async.py",
        "AsyncMultiContextSocket",
        allowed_sync=(
            "def receive(self, context_id: str | None=None, *, timeout: float | None=None) -> AudioChunk | None:",
            "return self._receive(context_id, deadline(timeout))",
            "_twin_hint = 'the Async* sockets take an AsyncElevenLabs client'",
        ),
        allowed_async=(
            "def receive(self, context_id: str | None=None) -> AudioChunk | None:",
            "return self._receive(context_id, None)",
            "_twin_hint = 'the sync sockets take an ElevenLabs client'",
        ),
    ),
    Twin(_WS + "_sync.py", "stream_input", _WS + "_async.py", "astream_input"),
    # The realtime sockets (speech to text, agent conversations).
    Twin(
        _WS + "_realtime_sync.py",
        "RealtimeTranscriber",
        _WS + "_realtime_async.py",
        "AsyncRealtimeTranscriber",
        allowed_sync=("_twin_hint = 'AsyncRealtimeTranscriber takes an AsyncElevenLabs client'",),
        allowed_async=("_twin_hint = 'RealtimeTranscriber takes an ElevenLabs client'",),
    ),
    Twin(_WS + "_realtime_sync.py", "transcribe_realtime", _WS + "_realtime_async.py", "atranscribe_realtime"),
    Twin(_WS + "_realtime_sync.py", "_committed_texts", _WS + "_realtime_async.py", "_committed_texts"),
    Twin(
        _WS + "_realtime_sync.py",
        "Conversation",
        _WS + "_realtime_async.py",
        "AsyncConversation",
        allowed_sync=(
            "_twin_hint = 'AsyncConversation takes an AsyncElevenLabs client'",
            "return convai_conversation_get_signed_url.sync(client=client, agent_id=agent_id).signed_url",
        ),
        allowed_async=(
            "_twin_hint = 'Conversation takes an ElevenLabs client'",
            "return convai_conversation_get_signed_url.asyncio(client=client, agent_id=agent_id).signed_url",
        ),
        note="the generated endpoint's sync() and asyncio() entry points",
    ),
    Twin(
        "elevenlabs_ext/_single_use_tokens.py",
        "create_single_use_token",
        "elevenlabs_ext/_single_use_tokens.py",
        "acreate_single_use_token",
    ),
    # The HTTP clients, transports and streams (other modules; registered because they pass).
    Twin(
        "elevenlabs_ext/_client.py",
        "ElevenLabs",
        "elevenlabs_ext/_client.py",
        "AsyncElevenLabs",
        allowed_sync=(
            "_twin = 'AsyncElevenLabs'",
            "def get_async_httpx_client(self) -> NoReturn:",
            "raise TypeError('ElevenLabs is the synchronous client: "
            "use AsyncElevenLabs with asyncio()/asyncio_detailed().')",
            "async def __aenter__(self) -> Self:",
            "raise TypeError('ElevenLabs is synchronous: use `with`, or AsyncElevenLabs with `async with`.')",
            "async def __aexit__(self, *args: object) -> None:",
        ),
        allowed_async=(
            "_twin = 'ElevenLabs'",
            "def get_httpx_client(self) -> NoReturn:",
            "raise TypeError('ElevenLabs is the asynchronous client: use ElevenLabs with sync()/sync_detailed().')",
            "def __enter__(self) -> Self:",
            "raise TypeError('ElevenLabs is asynchronous: use `async with`, or ElevenLabs with `with`.')",
            "def __exit__(self, *args: object) -> None:",
        ),
        note="each client refuses the other flavour's entry points with a TypeError",
    ),
    Twin(
        "elevenlabs_ext/_transport.py",
        "ElevenLabsTransport",
        "elevenlabs_ext/_transport.py",
        "AsyncElevenLabsTransport",
        allowed_async=("import asyncio",),
    ),
    Twin("elevenlabs_ext/_transport.py", "_SyncMappedStream", "elevenlabs_ext/_transport.py", "_AsyncMappedStream"),
    Twin("elevenlabs_ext/_streaming.py", "TimestampStream", "elevenlabs_ext/_streaming.py", "AsyncTimestampStream"),
    Twin(
        "elevenlabs_ext/_streaming.py",
        "AudioStream",
        "elevenlabs_ext/_streaming.py",
        "AsyncAudioStream",
        allowed_sync=(
            "return b''.join(self.iter_bytes())",
            "if self._response is not None and (not self._closed):",
            "warnings.warn(f'unclosed {self!r}: use it as a context manager', ResourceWarning, stacklevel=1)",
            "self.close()",
        ),
        allowed_async=(
            "return b''.join([chunk for chunk in self.iter_bytes()])",
            "if self._response is None or self._closed:",
            "return",
            "warnings.warn(f'unclosed {self!r}: use it with `async with`', ResourceWarning, stacklevel=1)",
            "self._closed = True",
            "import asyncio",
            "try:",
            "loop = asyncio.get_running_loop()",
            "except RuntimeError:",
            "task = loop.create_task(self._response.close())",
            "_closing_tasks.add(task)",
            "task.add_done_callback(_closing_tasks.discard)",
        ),
        note="a garbage-collected async stream can only schedule its close on a running loop",
    ),
    # Audio: playback and saving (the device and pipe layers below them differ by nature).
    Twin(_AUDIO + "_players.py", "PlayerProcess", _AUDIO + "_players.py", "AsyncPlayerProcess"),
    Twin(_AUDIO + "_play.py", "play", _AUDIO + "_play.py", "aplay"),
    Twin(_AUDIO + "_save.py", "save", _AUDIO + "_save.py", "asave"),
    Twin(_AUDIO + "_sources.py", "peek", _AUDIO + "_sources.py", "apeek"),
    Twin(_AUDIO + "_backends.py", "open_sink", _AUDIO + "_backends.py", "aopen_sink"),
]


# --------------------------------------------------------------------------- normalising


class _DropDocstrings(ast.NodeTransformer):
    def _strip(self, node: ast.AST) -> ast.AST:
        body: list[ast.stmt] = getattr(node, "body", [])
        first = body[0] if body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            setattr(node, "body", body[1:] or [ast.Pass()])  # noqa: B010  # every visited kind has a body
        self.generic_visit(node)
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Module = _strip


def _yield_from(node: ast.For | ast.AsyncFor) -> ast.AST | None:
    """``for x in y: yield x`` as the ``yield from y`` it is (async generators cannot say so)."""
    body = node.body
    if (
        len(body) == 1
        and not node.orelse
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Yield)
        and isinstance(node.target, ast.Name)
        and isinstance(body[0].value.value, ast.Name)
        and body[0].value.value.id == node.target.id
    ):
        return ast.copy_location(ast.Expr(ast.YieldFrom(node.iter)), node)
    return None


class _YieldFrom(ast.NodeTransformer):
    def visit_For(self, node: ast.For) -> ast.AST:
        self.generic_visit(node)
        return _yield_from(node) or node


class _Unasync(ast.NodeTransformer):
    """The renaming of the module docstring, applied to the async twin."""

    def __init__(self, sync_names: set[str]) -> None:
        self._sync_names = sync_names

    def rename(self, name: str) -> str:
        if name in _DUNDERS:
            return _DUNDERS[name]
        if name in PRIMITIVES and "." not in name:
            return PRIMITIVES[name]
        for prefix in ("Async", "_Async"):
            if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].isupper():
                lead, rest = prefix[:-5], name[len(prefix) :]
                synced = f"{lead}Sync{rest}"  # httpx spells some twins SyncX / AsyncX
                return synced if synced in self._sync_names and f"{lead}{rest}" not in self._sync_names else lead + rest
        if "_async_" in name and name.replace("_async_", "_") in self._sync_names:
            return name.replace("_async_", "_")  # handle_async_request → handle_request
        for prefix in ("a", "_a"):
            if name.startswith(prefix) and name not in self._sync_names:
                plain = name[: len(prefix) - 1] + name[len(prefix) :]
                if plain in self._sync_names:
                    return plain
        return name

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        self.generic_visit(node)
        made = ast.FunctionDef(
            name=self.rename(node.name),
            args=node.args,
            body=node.body,
            decorator_list=node.decorator_list,
            returns=node.returns,
            type_comment=node.type_comment,
        )
        return ast.copy_location(made, node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.generic_visit(node)
        node.name = self.rename(node.name)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        self.generic_visit(node)
        node.name = self.rename(node.name)
        return node

    def visit_Await(self, node: ast.Await) -> ast.AST:
        inner: ast.AST = self.visit(node.value)
        return inner

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        self.generic_visit(node)
        return _yield_from(node) or ast.copy_location(ast.For(node.target, node.iter, node.body, node.orelse), node)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        self.generic_visit(node)
        return ast.copy_location(ast.With(node.items, node.body), node)

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        self.generic_visit(node)
        node.is_async = 0  # `[x async for x in y]` -> `[x for x in y]`
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        dotted = _dotted(node)
        if dotted in PRIMITIVES:
            return ast.copy_location(ast.parse(PRIMITIVES[dotted], mode="eval").body, node)
        node.attr = self.rename(node.attr)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        node.id = self.rename(node.id)
        return node

    def visit_arg(self, node: ast.arg) -> ast.AST:
        self.generic_visit(node)
        node.arg = self.rename(node.arg)
        return node

    def visit_keyword(self, node: ast.keyword) -> ast.AST:
        self.generic_visit(node)
        if node.arg is not None:
            node.arg = self.rename(node.arg)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):  # names in messages and reprs: "AsyncFoo" reads "Foo"
            node.value = " ".join(self.rename(word) for word in node.value.split(" "))
        return node


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _definition(path: Path, name: str) -> ast.AST:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return node
    raise LookupError(f"{path.relative_to(ROOT)}: no class or function {name!r}")


def _names(node: ast.AST) -> set[str]:
    found: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            found.add(sub.attr)
        elif isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(sub.name)
        elif isinstance(sub, ast.arg | ast.keyword) and sub.arg:
            found.add(sub.arg)
    return found


def _lines(node: ast.AST) -> list[str]:
    return [line.strip() for line in ast.unparse(ast.fix_missing_locations(node)).splitlines() if line.strip()]


def normalised(twin: Twin, root: Path = ROOT) -> tuple[list[str], list[str]]:
    """The sync and the async definition as lines, docstrings dropped, the async one renamed."""
    sync_node = _YieldFrom().visit(_DropDocstrings().visit(_definition(root / twin.sync_file, twin.sync_name)))
    async_node = _DropDocstrings().visit(_definition(root / twin.async_file, twin.async_name))
    async_node = _YieldFrom().visit(_Unasync(_names(sync_node)).visit(async_node))
    return _lines(sync_node), _lines(async_node)


@dataclass
class Verdict:
    twin: Twin
    lines: int
    sync_only: list[str] = field(default_factory=list)
    async_only: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.unexpected

    @property
    def apart(self) -> float:
        return (len(self.sync_only) + len(self.async_only)) / max(self.lines, 1)


def check(twin: Twin, root: Path = ROOT) -> Verdict:
    sync_lines, async_lines = normalised(twin, root)
    verdict = Verdict(twin, lines=max(len(sync_lines), len(async_lines)))
    verdict.diff = list(difflib.unified_diff(sync_lines, async_lines, "sync", "async (unasynced)", lineterm="", n=1))
    for line in verdict.diff:
        if line.startswith(("---", "+++", "@@")):
            continue
        if line.startswith("-"):
            verdict.sync_only.append(line[1:])
            if line[1:] not in twin.allowed_sync:
                verdict.unexpected.append(line)
        elif line.startswith("+"):
            verdict.async_only.append(line[1:])
            if line[1:] not in twin.allowed_async:
                verdict.unexpected.append(line)
    return verdict


def _report(verdicts: Sequence[Verdict], show: bool) -> Iterator[str]:
    for verdict in verdicts:
        twin = verdict.twin
        differing = len(verdict.sync_only) + len(verdict.async_only)
        status = "ok  " if verdict.ok else "FAIL"
        yield (
            f"{status} {twin.sync_name} / {twin.async_name}: {verdict.lines} lines, {differing} differ "
            f"({verdict.apart:.1%}), {len(verdict.unexpected)} beyond the renaming and the allowed lines"
        )
        if not verdict.ok or show:
            for line in verdict.unexpected if not show else verdict.diff:
                yield f"      {line}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="print each pair's normalised diff")
    options = parser.parse_args(argv)
    verdicts = [check(twin) for twin in TWINS]
    for line in _report(verdicts, options.show):
        print(line)
    failed = [verdict for verdict in verdicts if not verdict.ok]
    if failed:
        print(f"{len(failed)} twin pair(s) drifted apart: make them match, or list a deliberate difference as allowed.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
