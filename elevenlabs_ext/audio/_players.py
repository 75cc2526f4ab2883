"""External players (ffplay, mpv) fed through their stdin, sync and async.

Each chunk is written to the player as soon as it arrives and nothing is kept, so playback
starts with the first chunk and memory stays flat. The player's stderr is drained all the
time (a player blocked on a full stderr pipe would stop reading stdin and deadlock us) and
its tail is kept for the error raised when the player fails.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Sequence
from typing import IO, Final, Literal

from ._detect import AudioFormat
from ._errors import PlayerError

__all__ = [
    "AsyncPipedProcess",
    "AsyncPlayerProcess",
    "PipedProcess",
    "PlayerName",
    "PlayerProcess",
    "find_player",
    "player_argv",
    "player_environment",
]

PlayerName = Literal["ffplay", "mpv"]

STDERR_TAIL_BYTES: Final = 8 * 1024
_MESSAGE_LINES: Final = 6  # stderr lines quoted in the error message; all of the tail is on .stderr

# Why these flags: no window (-nodisp/--no-video: an MP3 with cover art would open one),
# exit when the input ends (-autoexit), and errors only on stderr so its tail is the cause.
_FFPLAY: Final = ("-nodisp", "-autoexit", "-hide_banner", "-loglevel", "error")
# --cache=no: start at once instead of filling a read-ahead cache from a slow stream.
_MPV: Final = ("--no-video", "--cache=no", "--msg-level=all=error")


def find_player(name: PlayerName) -> str | None:
    """The player's executable on PATH, or None."""
    return shutil.which(name)


def player_argv(name: PlayerName, executable: str, audio_format: AudioFormat | None) -> list[str]:
    """The command that plays audio of ``audio_format`` from stdin (None: let the player probe).

    Headerless PCM must be described; G.711 arrives here already decoded to PCM.
    """
    pcm_rate = audio_format.sample_rate if audio_format is not None and audio_format.codec == "pcm" else None
    if name == "ffplay":
        raw = ["-f", "s16le", "-ar", str(pcm_rate)] if pcm_rate else []
        return [executable, *_FFPLAY, *raw, "-"]
    raw = (
        [
            "--demuxer=rawaudio",
            "--demuxer-rawaudio-format=s16le",
            "--demuxer-rawaudio-channels=1",
            f"--demuxer-rawaudio-rate={pcm_rate}",
        ]
        if pcm_rate
        else []
    )
    return [executable, *_MPV, *raw, "--", "fd://0"]


class _Tail:
    """The last bytes a stream produced."""

    def __init__(self, limit: int = STDERR_TAIL_BYTES) -> None:
        self._limit = limit
        self._chunks: collections.deque[bytes] = collections.deque()
        self._size = 0

    def add(self, data: bytes) -> None:
        self._chunks.append(data)
        self._size += len(data)
        while self._size - len(self._chunks[0]) >= self._limit:
            self._size -= len(self._chunks.popleft())

    def text(self) -> str:
        return b"".join(self._chunks)[-self._limit :].decode("utf-8", "replace").strip()


def _failure(name: str, argv: Sequence[str], returncode: int, stderr: str) -> PlayerError:
    if returncode < 0:
        try:
            how = f"was killed by {signal.Signals(-returncode).name}"
        except ValueError:
            how = f"was killed by signal {-returncode}"
    else:
        how = f"exited with status {returncode}"
    lines = stderr.splitlines()[-_MESSAGE_LINES:]
    said = (
        ": " + " | ".join(line.strip() for line in lines if line.strip()) if lines else " and wrote nothing to stderr"
    )
    return PlayerError(f"{name} {how}{said}", player=name, argv=argv, returncode=returncode, stderr=stderr)


def _start_failure(name: str, argv: Sequence[str], error: OSError) -> PlayerError:
    return PlayerError(f"{name} could not be started: {error}", player=name, argv=argv, returncode=-1, stderr="")


def player_environment() -> dict[str, str]:
    """The environment a player runs in: ours without ``ELEVENLABS_*`` variables.

    A player needs none of them, and the API key (``ELEVENLABS_API_KEY``) must never reach
    a child process: it could show up in its crash reports, core dumps or ``/proc``.
    """
    return {key: value for key, value in os.environ.items() if not key.upper().startswith("ELEVENLABS_")}


# The process primitives each side builds on: a child with a stdin pipe and its stderr
# drained all the time. Everything above them (PlayerProcess, AsyncPlayerProcess) is kept
# identical line for line once async/await and the Async prefix are taken away.


class PipedProcess:
    """A child process fed through stdin, its stderr drained by a thread into ``tail``. Create with ``start(argv)``."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        self._stdin: IO[bytes] = process.stdin  # type: ignore[assignment]  # PIPE was asked for
        self.tail = _Tail()
        self._reader = threading.Thread(target=self._drain_stderr, name="player-stderr", daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, argv: Sequence[str]) -> PipedProcess:
        process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=player_environment()
        )
        return cls(process)

    def _drain_stderr(self) -> None:
        stderr = self._process.stderr
        assert stderr is not None
        while data := os.read(stderr.fileno(), 4096):
            self.tail.add(data)

    def send(self, chunk: bytes) -> bool:
        """Write one chunk now; False when the child no longer reads (it exited or closed stdin)."""
        try:
            self._stdin.write(chunk)
            self._stdin.flush()  # the chunk reaches the player now, not when a buffer fills
        except OSError:  # BrokenPipeError; EINVAL on Windows. The exit status says which it was.
            return False
        return True

    def end_input(self) -> None:
        with contextlib.suppress(OSError):
            self._stdin.close()

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()

    def wait(self) -> int:
        """The exit status, once the child has exited and its stderr is read to the end."""
        returncode = self._process.wait()
        self._reader.join()
        assert self._process.stderr is not None
        self._process.stderr.close()
        return returncode


class AsyncPipedProcess:
    """The asyncio twin of ``PipedProcess``: stderr drained by a task. Create with ``await start(argv)``."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdin is not None
        assert process.stderr is not None
        self._process = process
        self._stdin = process.stdin
        self.tail = _Tail()
        self._reader = asyncio.ensure_future(self._drain_stderr(process.stderr))

    @classmethod
    async def start(cls, argv: Sequence[str]) -> AsyncPipedProcess:
        process = await asyncio.create_subprocess_exec(
            *argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=player_environment()
        )
        return cls(process)

    async def _drain_stderr(self, stderr: asyncio.StreamReader) -> None:
        while data := await stderr.read(4096):
            self.tail.add(data)

    async def send(self, chunk: bytes) -> bool:
        if self._stdin.is_closing():
            return False
        try:
            self._stdin.write(chunk)
            # Waits only while the pipe is full, so a fast source cannot outrun the player.
            await self._stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            return False
        return True

    async def end_input(self) -> None:
        self._stdin.close()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            await self._stdin.wait_closed()

    async def kill(self) -> None:
        if self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._process.kill()

    async def wait(self) -> int:
        returncode = await self._process.wait()
        await self._reader
        return returncode


# --- the players: twins in parity (scripts/check_parity.py) --------------------------------


class PlayerProcess:
    """A running player. Create with ``start``; ``write`` each chunk, then ``finish``; ``close`` stops it early."""

    def __init__(self, name: PlayerName, argv: Sequence[str], process: PipedProcess) -> None:
        self.name = name
        self.argv = list(argv)
        self._process = process
        self._stopped_reading = False
        self._done = False

    @classmethod
    def start(cls, name: PlayerName, argv: Sequence[str]) -> PlayerProcess:
        try:
            process = PipedProcess.start(argv)
        except OSError as error:  # found on PATH but not runnable
            raise _start_failure(name, argv, error) from error
        return cls(name, argv, process)

    def write(self, chunk: bytes) -> bool:
        """Send one chunk now; False once the player has stopped reading (it exited or closed stdin)."""
        if self._stopped_reading:
            return False
        if not self._process.send(chunk):
            self._stopped_reading = True
            return False
        return True

    def finish(self) -> None:
        """End the input, wait for the player to finish playing; PlayerError if it failed."""
        self._process.end_input()
        returncode = self._process.wait()
        self._done = True
        if returncode != 0:
            raise _failure(self.name, self.argv, returncode, self._process.tail.text())

    def close(self) -> None:
        """Stop the player if it is still running (after an error, an interrupt or a cancellation)."""
        if self._done:
            return
        self._process.end_input()
        self._process.kill()
        self._process.wait()
        self._done = True


class AsyncPlayerProcess:
    """A running player. Create with ``start``; ``write`` each chunk, then ``finish``; ``aclose`` stops it early."""

    def __init__(self, name: PlayerName, argv: Sequence[str], process: AsyncPipedProcess) -> None:
        self.name = name
        self.argv = list(argv)
        self._process = process
        self._stopped_reading = False
        self._done = False

    @classmethod
    async def start(cls, name: PlayerName, argv: Sequence[str]) -> AsyncPlayerProcess:
        try:
            process = await AsyncPipedProcess.start(argv)
        except OSError as error:  # found on PATH but not runnable
            raise _start_failure(name, argv, error) from error
        return cls(name, argv, process)

    async def write(self, chunk: bytes) -> bool:
        """Send one chunk now; False once the player has stopped reading (it exited or closed stdin)."""
        if self._stopped_reading:
            return False
        if not await self._process.send(chunk):
            self._stopped_reading = True
            return False
        return True

    async def finish(self) -> None:
        """End the input, wait for the player to finish playing; PlayerError if it failed."""
        await self._process.end_input()
        returncode = await self._process.wait()
        self._done = True
        if returncode != 0:
            raise _failure(self.name, self.argv, returncode, self._process.tail.text())

    async def aclose(self) -> None:
        """Stop the player if it is still running (after an error, an interrupt or a cancellation)."""
        if self._done:
            return
        await self._process.end_input()
        await self._process.kill()
        await self._process.wait()
        self._done = True
