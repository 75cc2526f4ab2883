"""Options every API command takes, and the client they configure.

The key comes from ``ELEVENLABS_API_KEY`` or ``--api-key-file``. There is deliberately no
``--api-key``: a key typed on the command line lands in the shell's history and in ``ps``.
Giving it anyway is refused with that explanation (and, because abbreviations are off,
``--api-key`` is never taken as ``--api-key-file`` with the key as a file name).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .._auth import API_KEY_ENV
from .._environment import Environment
from ._exit import CliError, ExitCode

if TYPE_CHECKING:
    from .._client import ElevenLabs

__all__ = ["common_options", "make_client", "option", "say"]


class _RefuseApiKey(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        raise CliError(
            "--api-key is not supported: a key on the command line is saved in your shell history",
            hint=f"set {API_KEY_ENV}, or put the key in a file and pass --api-key-file FILE",
        )


def common_options() -> argparse.ArgumentParser:
    """A parent parser; its options may come before or after the command name."""
    parent = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    group = parent.add_argument_group("connection options")
    # SUPPRESS: an option left out after the command must not reset one given before it.
    group.add_argument(
        "--api-key-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"read the API key from FILE ('-': standard input); default: ${API_KEY_ENV}",
    )
    group.add_argument("--api-key", nargs="?", action=_RefuseApiKey, help=argparse.SUPPRESS)
    where = group.add_mutually_exclusive_group()
    where.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="API URL, e.g. an emulator's (or $ELEVENLABS_BASE_URL)",
    )
    where.add_argument(
        "--environment",
        choices=[e.value for e in Environment],
        default=argparse.SUPPRESS,
        help="data-residency region instead of --base-url",
    )
    group.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        default=argparse.SUPPRESS,
        help="longest wait for data (default 240)",
    )
    group.add_argument(
        "--max-retries", type=int, metavar="N", default=argparse.SUPPRESS, help="retries of failed requests (default 2)"
    )
    group.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="no progress or summary")
    group.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks of errors")
    return parent


def option(args: argparse.Namespace, name: str, default: Any = None) -> Any:
    """An option of ``common_options`` (absent when it was not given)."""
    return getattr(args, name, default)


def say(args: argparse.Namespace, message: str) -> None:
    """A line for the person at the terminal (standard error), unless ``--quiet``."""
    if not option(args, "quiet", False):
        print(message, file=sys.stderr, flush=True)


def _read_key_file(name: str) -> str:
    if name == "-":
        text = sys.stdin.readline()
        where = "standard input"
    else:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
            mode = path.stat().st_mode
        except OSError as error:
            raise CliError(f"cannot read the key file {name!r}: {error.strerror or error}") from None
        where = repr(name)
        if os.name == "posix" and stat.S_ISREG(mode) and mode & 0o077:
            print(
                f"elevenlabs-ext: warning: the key file {name!r} is readable by other users (chmod 600 {name})",
                file=sys.stderr,
            )
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        # Never echo the file: it may hold the key, or something else secret.
        raise CliError(f"the key file {where} must hold the key on one line (found {len(lines)} non-empty lines)")
    return lines[0]


def make_client(args: argparse.Namespace) -> ElevenLabs:
    """The client the options describe; refuses early (exit 3) when there is no key."""
    from .._client import ElevenLabs
    from .._errors import ConfigurationError

    key_file = option(args, "api_key_file")
    key = _read_key_file(key_file) if key_file is not None else None
    if key is None and not os.environ.get(API_KEY_ENV, "").strip():
        raise CliError(
            "no API key",
            ExitCode.AUTH,
            hint=f"set {API_KEY_ENV}, or put the key in a file and pass --api-key-file FILE",
        )
    settings: dict[str, Any] = {}
    if option(args, "timeout") is not None:
        settings["timeout"] = option(args, "timeout")
    if option(args, "max_retries") is not None:
        settings["max_retries"] = option(args, "max_retries")
    try:
        return ElevenLabs(key, base_url=option(args, "base_url"), environment=option(args, "environment"), **settings)
    except (ConfigurationError, ValueError) as error:
        raise CliError(str(error)) from None
