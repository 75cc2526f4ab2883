"""``emulator`` (serve the offline emulator) and ``demo``: commands that need no account.

Everything the emulator needs is imported only when its command runs, so the client alone
(without the ``emulator`` extra) still has a working ``--help``.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from .._auth import is_loopback
from ._exit import ExitCode

__all__ = ["register"]


def _emulator(args: argparse.Namespace) -> int:
    if not args.allow_remote and not is_loopback(args.host):
        print(
            f"elevenlabs-ext emulator: refusing to listen on {args.host!r}, which is not a loopback address;"
            " pass --allow-remote if you mean it.",
            file=sys.stderr,
        )
        return 2
    try:
        from ..emulator import EmulatorOptions, Pacing, parse_fault, serve
    except ImportError as error:
        print(f"elevenlabs-ext emulator: {error}", file=sys.stderr)
        return 1
    try:
        options = EmulatorOptions(
            api_keys=args.keys,
            max_text_length=args.max_text_length,
            concurrency=args.concurrency,
            character_limit=args.character_limit,
            pacing=Pacing(speed=args.speed, ttfb=args.ttfb),
            faults=tuple(args.fault),
            max_body_bytes=args.max_body_bytes,
            history_audio_limit=args.history_audio_limit,
        )
        for spec in options.faults:
            parse_fault(spec)
    except ValueError as error:
        print(f"elevenlabs-ext emulator: {error}", file=sys.stderr)
        return 2
    problem = _cannot_listen(args.host, args.port)
    if problem is not None:
        print(f"elevenlabs-ext emulator: cannot listen on {args.host} port {args.port}: {problem}", file=sys.stderr)
        return ExitCode.PORT_UNAVAILABLE
    keys = "only the keys given with --keys" if options.api_keys else "any non-empty key"
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"ElevenLabs emulator on http://{host}:{args.port} (accepting {keys}); Ctrl-C stops it.", flush=True)
    serve(options, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen there (port in use, not allowed), or None.

    Checked by binding a socket the way uvicorn will (address reuse on, so a port in
    TIME_WAIT is fine), before the banner says the emulator is running.
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.create_server((host, port), family=family):
            pass
    except OSError as error:
        return error.strerror or str(error)
    return None


def _demo(args: argparse.Namespace) -> int:
    from ..emulator.demo import main as demo

    return demo(output=args.output, realtime=args.realtime, offline=args.offline)


def register(commands: Any) -> None:
    emulator = commands.add_parser(
        "emulator",
        help="serve the offline ElevenLabs API emulator",
        description="Serve an offline, API-compatible ElevenLabs emulator that speaks real audio (eSpeak NG).",
    )
    emulator.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    emulator.add_argument("--port", type=int, default=8787, help="port to listen on (default: %(default)s)")
    emulator.add_argument(
        "--allow-remote", action="store_true", help="allow a non-loopback --host (anyone who can reach it can use it)"
    )
    emulator.add_argument("--keys", help="comma-separated API keys to accept (default: any non-empty key)")
    emulator.add_argument("--max-text-length", type=int, default=10_000, help="longest text per request")
    emulator.add_argument("--concurrency", type=int, default=5, help="generations at once before 429")
    emulator.add_argument("--character-limit", type=int, default=1_000_000, help="account quota in characters")
    emulator.add_argument("--speed", type=float, help="stream at this many audio seconds per second (1 = real time)")
    emulator.add_argument("--ttfb", type=float, default=0.0, help="seconds before the first audio of each generation")
    emulator.add_argument(
        "--fault", action="append", default=[], metavar="SPEC", help="fault applied to every request, e.g. 'delay=0.5'"
    )
    emulator.add_argument(
        "--max-body-bytes", type=int, default=64 * 1024 * 1024, help="largest request body, refused (413) while read"
    )
    emulator.add_argument(
        "--history-audio-limit",
        type=int,
        default=256 * 1024 * 1024,
        help="bytes of audio the history keeps; least recently used items go first",
    )
    emulator.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    emulator.set_defaults(handler=_emulator)

    demo = commands.add_parser(
        "demo",
        help="stream a paragraph to hello.mp3 (emulator without ELEVENLABS_API_KEY, the real API with it)",
    )
    demo.add_argument("--output", default="hello.mp3", help="where to write the audio (default: %(default)s)")
    demo.add_argument("--realtime", action="store_true", help="pace the emulator at real-time speed")
    demo.add_argument("--offline", action="store_true", help="use the emulator even when ELEVENLABS_API_KEY is set")
    demo.set_defaults(handler=_demo)
