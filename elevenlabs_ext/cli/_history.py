"""``history list|download|delete``: past generations of the account."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._common import make_client, option, say
from ._exit import CliError
from ._files import STDOUT, extension_for, write_chunks
from ._output import clip, print_json, print_table, when
from ._progress import make_bar

__all__ = ["register"]


def _unset(value: Any) -> Any:
    from elevenlabs_api.types import Unset

    return None if isinstance(value, Unset) else value


def _list(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.history import history_list

    from .._pagination import paginate

    params: dict[str, Any] = {"page_size": min(args.limit or 100, 100)}
    if args.voice:
        params["voice_id"] = args.voice
    if args.search:
        params["search"] = args.search
    items = []
    with make_client(args) as client:
        for item in paginate(history_list, client=client, **params):
            items.append(item)
            if args.limit and len(items) >= args.limit:
                break
    if args.json:
        print_json([item.to_dict() for item in items])
        return 0
    rows = [
        [
            item.history_item_id,
            when(item.date_unix),
            clip(_unset(item.voice_name) or _unset(item.voice_id) or "-", 20),
            f"{item.character_count_change_to - item.character_count_change_from:,}",
            clip(_unset(item.text) or "", 50),
        ]
        for item in items
    ]
    print_table(["HISTORY ID", "DATE", "VOICE", "CHARS", "TEXT"], rows)
    return 0


def _download(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.history import history_download, history_get_audio
    from elevenlabs_api.models import HistoryDownloadRequest

    from .._streaming import stream

    ids: list[str] = args.ids
    with make_client(args) as client:
        if len(ids) == 1:
            audio = stream(history_get_audio, client=client, history_item_id=ids[0])
        else:
            # Several items come back as one zip archive.
            audio = stream(history_download, client=client, body=HistoryDownloadRequest(history_item_ids=ids))
        with audio:
            default = ids[0] if len(ids) == 1 else "history"
            target = args.output or default + extension_for(audio.content_type)
            length = audio.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            with make_bar("downloading", unit="bytes", total=total, quiet=option(args, "quiet", False)) as bar:
                written = write_chunks(audio.iter_bytes(), target, bar)
    if args.json:
        print_json({"output": target, "bytes": written, "history_item_ids": ids})
    elif target != STDOUT:
        say(args, f"Wrote {target} ({written:,} bytes)")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.history import history_delete

    ids: list[str] = args.ids
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("refusing to delete without confirmation", hint="pass --yes to delete non-interactively")
        answer = input(f"Delete {len(ids)} history item{'s' if len(ids) > 1 else ''} for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            say(args, "Nothing deleted.")
            return 1
    deleted = []
    with make_client(args) as client:
        for item_id in ids:
            history_delete.sync_detailed(item_id, client=client)
            deleted.append(item_id)
            if not args.json:
                say(args, f"Deleted {item_id}")
    if args.json:
        print_json([{"history_item_id": item_id, "status": "deleted"} for item_id in deleted])
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    history = commands.add_parser(
        "history", help="list, download or delete past generations", description="Past generations of the account."
    )
    actions = history.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", parents=[common], allow_abbrev=False, help="list generations, newest first")
    listing.add_argument("--limit", type=int, default=100, metavar="N", help="at most N items; 0: all (default 100)")
    listing.add_argument("--voice", metavar="VOICE_ID", help="only this voice's generations")
    listing.add_argument("--search", help="only generations whose text contains this")
    listing.add_argument("--json", action="store_true", help="print the API's JSON")
    listing.set_defaults(handler=_list)

    download = actions.add_parser("download", parents=[common], allow_abbrev=False, help="save generations' audio")
    download.add_argument("ids", nargs="+", metavar="HISTORY_ID")
    download.add_argument(
        "-o", "--output", metavar="FILE", help="where to write ('-': standard output); default: ID.mp3, or history.zip"
    )
    download.add_argument("--json", action="store_true", help="print what was written as JSON")
    download.set_defaults(handler=_download)

    delete = actions.add_parser("delete", parents=[common], allow_abbrev=False, help="delete generations")
    delete.add_argument("ids", nargs="+", metavar="HISTORY_ID")
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    delete.add_argument("--json", action="store_true", help="print what was deleted as JSON")
    delete.set_defaults(handler=_delete)
