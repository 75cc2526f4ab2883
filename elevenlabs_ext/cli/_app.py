"""The parser and ``main``: dispatch to a command, turn every failure into a message and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from .._version import __version__
from . import _catalog, _history, _local, _speak
from ._common import common_options
from ._exit import EXIT_CODES_HELP, ExitCode, describe, exit_code_for

__all__ = ["build_parser", "main"]

PROG = "elevenlabs-ext"
_EPILOG = f"""\
The API key is read from $ELEVENLABS_API_KEY, or from a file with --api-key-file
(there is no --api-key: it would be saved in your shell history).
Progress bars are drawn on standard error when it is a terminal (install the 'cli' extra).

{EXIT_CODES_HELP}"""


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Speak, list voices and models, manage history, and run the offline emulator.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
        parents=[common],  # so connection options work before the command too
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _speak.register(commands, common)
    _catalog.register(commands, common)
    _history.register(commands, common)
    _local.register(commands)
    for name, sub in commands.choices.items():
        sub.allow_abbrev = False
        if name != "history":
            sub.epilog = EXIT_CODES_HELP
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (see ``elevenlabs-ext --help``)."""
    args = None
    try:
        try:
            args = build_parser().parse_args(argv)
            code: int = args.handler(args)
            return code
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``voices --json | head``): not an error worth a message.
        _silence_stdout()
        return ExitCode.BROKEN_PIPE
    except SystemExit as exit_:  # argparse: --help, --version, a bad command line
        return exit_.code if isinstance(exit_.code, int) else ExitCode.USAGE
    except (Exception, KeyboardInterrupt) as error:
        if args is not None and getattr(args, "debug", False):
            traceback.print_exc()
        for line in describe(error, prog=PROG):
            print(line, file=sys.stderr)
        return int(exit_code_for(error))


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush of what
    is still buffered fails quietly instead of printing a BrokenPipeError at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # stdout is not a real file (captured in a test): nothing to flush later
        pass
