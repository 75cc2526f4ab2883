"""``voices``, ``models`` and ``user``: what the account can use."""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._common import make_client
from ._exit import CliError, ExitCode
from ._output import clip, print_json, print_table, when

if TYPE_CHECKING:
    from .._client import ElevenLabs

__all__ = ["expect", "register", "resolve_voice"]

_T = TypeVar("_T")
_VOICE_ID: Final = re.compile(r"^[A-Za-z0-9]{20}$")
_LABELS: Final = ("accent", "gender", "age", "use_case")


def expect(parsed: Any, kind: type[_T]) -> _T:
    """The parsed body of a 2xx answer, checked (error statuses were raised before this)."""
    if not isinstance(parsed, kind):
        raise CliError(f"unexpected answer from the API: {type(parsed).__name__}", ExitCode.ERROR)
    return parsed


def _unset(value: Any) -> Any:
    from elevenlabs_api.types import Unset

    return None if isinstance(value, Unset) else value


def resolve_voice(client: ElevenLabs, value: str) -> str:
    """A voice id as given, or the id of the one voice whose name is ``value`` (any case)."""
    if _VOICE_ID.match(value):
        return value
    from elevenlabs_api.api.voices import voices_search

    from .._pagination import paginate

    wanted = value.casefold()
    matches = [voice for voice in paginate(voices_search, client=client, search=value, page_size=100)]
    exact = [voice for voice in matches if voice.name.casefold() == wanted]
    if len(exact) == 1:
        return str(exact[0].voice_id)
    if not exact:
        raise CliError(f"no voice named {value!r}", ExitCode.BAD_INPUT, hint="`elevenlabs-ext voices` lists them")
    ids = ", ".join(voice.voice_id for voice in exact)
    raise CliError(f"{len(exact)} voices are named {value!r} ({ids})", ExitCode.BAD_INPUT, hint="pass a voice id")


def _voices(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.voices import voices_search

    from .._pagination import paginate

    params: dict[str, Any] = {"page_size": 100}
    if args.search:
        params["search"] = args.search
    if args.category:
        params["category"] = args.category
    with make_client(args) as client:
        voices = []
        for voice in paginate(voices_search, client=client, **params):
            voices.append(voice)
            if args.limit and len(voices) >= args.limit:
                break
    if args.json:
        print_json([voice.to_dict() for voice in voices])
        return 0
    rows = []
    for voice in voices:
        labels = voice.labels.additional_properties if _unset(voice.labels) else {}
        described = ", ".join(labels[key] for key in _LABELS if labels.get(key))
        rows.append([voice.voice_id, clip(voice.name, 30), str(voice.category), described])
    print_table(["VOICE ID", "NAME", "CATEGORY", "LABELS"], rows)
    return 0


def _models(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.models import models_list

    with make_client(args) as client:
        models = expect(models_list.sync_detailed(client=client).parsed, list)
    if args.json:
        print_json([model.to_dict() for model in models])
        return 0
    rows = [
        [
            model.model_id,
            clip(model.name, 40),
            "yes" if model.can_do_text_to_speech else "no",
            f"{model.maximum_text_length_per_request:,}",
            str(len(model.languages)),
            f"{model.model_rates.character_cost_multiplier:g}",
        ]
        for model in models
    ]
    print_table(["MODEL ID", "NAME", "TTS", "MAX CHARS", "LANGUAGES", "COST"], rows)
    return 0


def _user(args: argparse.Namespace) -> int:
    from elevenlabs_api.api.user import user_get
    from elevenlabs_api.models import User

    with make_client(args) as client:
        user = expect(user_get.sync_detailed(client=client).parsed, User)
    data = user.to_dict()
    # Some accounts get their full key back in this answer; a listing must never show it.
    data.pop("xi_api_key", None)
    if args.json:
        print_json(data)
        return 0
    sub = user.subscription
    used = f"{sub.character_count:,} of {sub.character_limit:,} used"
    if sub.character_limit:
        used += f" ({100 * sub.character_count / sub.character_limit:.1f}%)"
    rows = [
        ["user id", user.user_id],
        ["name", _unset(user.first_name) or "-"],
        ["tier", f"{sub.tier} ({sub.status})"],
        ["characters", used],
        ["resets", when(_unset(sub.next_character_count_reset_unix))],
        ["voices", f"{sub.voice_slots_used} of {sub.voice_limit} slots"],
        ["api key", _unset(user.xi_api_key_preview) or "-"],
    ]
    for name, value in rows:
        print(f"{name:<12} {value}")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    voices = commands.add_parser(
        "voices", parents=[common], help="list the voices you can use", description="List the voices you can use."
    )
    voices.add_argument("--search", help="only voices whose name, description or labels match")
    voices.add_argument("--category", help="premade, cloned, generated or professional")
    voices.add_argument("--limit", type=int, default=0, metavar="N", help="at most N voices (default: all)")
    voices.add_argument("--json", action="store_true", help="print the API's JSON")
    voices.set_defaults(handler=_voices)

    models = commands.add_parser(
        "models", parents=[common], help="list the models and their limits", description="List the models."
    )
    models.add_argument("--json", action="store_true", help="print the API's JSON")
    models.set_defaults(handler=_models)

    user = commands.add_parser(
        "user", parents=[common], help="show the account and its quota", description="Show the account and its quota."
    )
    user.add_argument("--json", action="store_true", help="print the API's JSON (the key itself left out)")
    user.set_defaults(handler=_user)
