"""Models, voices, user and subscription, history and usage: JSON built with the generated models."""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from collections import defaultdict
from typing import Any, Final

import anyio.to_thread
from elevenlabs_api.api.history import history_delete, history_get, history_get_audio, history_list
from elevenlabs_api.api.usage import usage_get_character_stats
from elevenlabs_api.api.voices import voices_get, voices_get_all, voices_search
from elevenlabs_api.models import (
    CharacterUsage,
    CharacterUsageUsage,
    ExtendedSubscription,
    HistoryDownloadError,
    HistoryDownloadRequest,
    HistoryPage,
    Invoice,
    OkStatus,
    Price,
    Subscription,
    User,
    ValidationError,
    VoiceList,
    VoicePage,
    VoiceSettings,
)
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..audio._formats import extension_for_content_type
from ._catalog import DEFAULT_VOICE_SETTINGS, MODELS, VOICES, VOICES_BY_ID, EmulatedVoice
from ._context import EmulatorContext, context_of
from ._errors import api_error, validation_failed
from ._state import HistoryRecord
from ._validation import parse_body, parse_query

__all__ = [
    "default_voice_settings",
    "edit_voice_settings",
    "get_subscription",
    "get_user",
    "get_voice",
    "get_voice_settings",
    "history_delete_item",
    "history_download_items",
    "history_get_audio_item",
    "history_get_item",
    "history_item",
    "history_list_items",
    "list_models",
    "list_voices",
    "search_voices",
    "usage_character_stats",
]

_MONTH: Final = 30 * 86_400
_BUCKETS: Final = {"hour": 3_600, "day": 86_400, "week": 7 * 86_400, "month": _MONTH}
# Buckets one usage answer may have (10 years of days fit): bounds the work of one request.
MAX_USAGE_BUCKETS: Final = 4_000


def _json(model: Any) -> JSONResponse:
    return JSONResponse(model.to_dict() if hasattr(model, "to_dict") else model)


def _known_voice(voice_id: str) -> EmulatedVoice:
    voice = VOICES_BY_ID.get(voice_id)
    if voice is None:
        raise api_error(404, "voice_not_found", f"A voice with the voice_id {voice_id!r} was not found.")
    return voice


# ---------------------------------------------------------------------- models and voices


async def list_models(request: Request) -> Response:
    return JSONResponse([model.to_model().to_dict() for model in MODELS])


def _voice_model(context: EmulatorContext, voice: EmulatedVoice) -> Any:
    return voice.to_model(context.state.voice_settings(voice.voice_id))


async def list_voices(request: Request) -> Response:
    context = context_of(request)
    parse_query(request.query_params, voices_get_all)
    return _json(VoiceList(voices=[_voice_model(context, voice) for voice in VOICES]))


async def get_voice(request: Request) -> Response:
    context = context_of(request)
    parse_query(request.query_params, voices_get)
    return _json(_voice_model(context, _known_voice(request.path_params["voice_id"])))


async def get_voice_settings(request: Request) -> Response:
    context = context_of(request)
    voice = _known_voice(request.path_params["voice_id"])
    return _json(VoiceSettings.from_dict(context.state.voice_settings(voice.voice_id)))


async def default_voice_settings(request: Request) -> Response:
    return _json(VoiceSettings.from_dict(dict(DEFAULT_VOICE_SETTINGS)))


async def edit_voice_settings(request: Request) -> Response:
    context = context_of(request)
    voice = _known_voice(request.path_params["voice_id"])
    settings = parse_body(await request.body(), VoiceSettings)
    known = {key: value for key, value in settings.to_dict().items() if key not in settings.additional_properties}
    context.state.update_voice_settings(voice.voice_id, known)
    return _json(OkStatus(status="ok"))


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _page_offset(token: str | None) -> int:
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        name, _, value = text.partition(":")
        if name != "offset" or int(value) < 0:
            raise ValueError(text)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise validation_failed(
            [ValidationError(loc=["query", "next_page_token"], msg="Invalid page token", type_="value_error")]
        ) from None


def _matches(voice: EmulatedVoice, search: str | None, voice_type: str | None, category: str | None) -> bool:
    if category and voice.category != category:
        return False
    if voice_type in ("personal", "non-default", "workspace") and voice.category == "premade":
        return False
    if voice_type == "default" and voice.category != "premade":
        return False
    if voice_type == "community":
        return False  # no library voices were added to the emulated account
    if search:
        haystack = " ".join((voice.name, voice.description, voice.category, *voice.labels.values())).lower()
        return search.lower() in haystack
    return True


async def search_voices(request: Request) -> Response:
    context = context_of(request)
    query = parse_query(request.query_params, voices_search)
    page_size = query.integer("page_size") or 10
    if not 1 <= page_size <= 100:
        raise validation_failed(
            [ValidationError(loc=["query", "page_size"], msg="Input should be between 1 and 100", type_="value_error")]
        )
    wanted = set(query.strings("voice_ids") or ())
    voices = [
        voice
        for voice in VOICES
        if (not wanted or voice.voice_id in wanted)
        and _matches(voice, query.text("search"), query.text("voice_type"), query.text("category"))
    ]
    sort = query.text("sort") or "created_at_unix"
    if sort not in ("name", "created_at_unix"):
        raise validation_failed(
            [ValidationError(loc=["query", "sort"], msg="Input should be 'name' or 'created_at_unix'", type_="enum")]
        )
    descending = (query.text("sort_direction") or ("desc" if sort == "created_at_unix" else "asc")) == "desc"
    voices.sort(key=(lambda v: v.name.lower()) if sort == "name" else (lambda v: v.created_at_unix), reverse=descending)
    offset = _page_offset(query.text("next_page_token"))
    page = voices[offset : offset + page_size]
    has_more = offset + page_size < len(voices)
    return _json(
        VoicePage(
            voices=[_voice_model(context, voice) for voice in page],
            has_more=has_more,
            total_count=len(voices),
            next_page_token=_page_token(offset + page_size) if has_more else None,
        )
    )


# ---------------------------------------------------------------------- user


def _subscription_fields(context: EmulatorContext) -> dict[str, Any]:
    state = context.state
    return {
        "tier": "creator",
        "character_count": state.character_count,
        "character_limit": context.options.character_limit,
        "max_character_limit_extension": 0,
        "max_credit_limit_extension": 0,
        "professional_voice_slots_used_in_workspace": 0,
        "current_overage": Price(amount="0", currency="usd"),
        "can_extend_character_limit": False,
        "allowed_to_extend_character_limit": False,
        "next_character_count_reset_unix": state.created_unix + _MONTH,
        "voice_slots_used": state.voice_slots_used,
        "professional_voice_slots_used": 0,
        "voice_limit": 30,
        "max_voice_add_edits": 95,
        "voice_add_edit_counter": 0,
        "professional_voice_limit": 1,
        "can_extend_voice_limit": False,
        "can_use_instant_voice_cloning": True,
        "can_use_professional_voice_cloning": True,
        "currency": "usd",
        "status": "active",
        "billing_period": "monthly_period",
        "character_refresh_period": "monthly_period",
    }


async def get_user(request: Request) -> Response:
    context = context_of(request)
    key = request.headers.get("xi-api-key", "")
    user = User(
        user_id="emulator-user",
        subscription=Subscription(**_subscription_fields(context)),
        is_new_user=False,
        can_use_delayed_payment_methods=False,
        is_onboarding_completed=True,
        is_onboarding_checklist_completed=True,
        created_at=context.state.created_unix,
        first_name="Emulator",
        seat_type="workspace_admin",
        is_api_key_hashed=True,
        xi_api_key_preview=(key[:2] + "*" * max(len(key) - 4, 0) + key[-2:]) if len(key) > 4 else "****",
    )
    return _json(user)


async def get_subscription(request: Request) -> Response:
    context = context_of(request)
    fields = _subscription_fields(context)
    return _json(
        ExtendedSubscription(
            **fields,
            has_open_invoices=False,
            open_invoices=[],
            next_invoice=Invoice(
                amount_due_cents=2_200,
                next_payment_attempt_unix=fields["next_character_count_reset_unix"],
                discounts=[],
                payment_intent_status=None,
                payment_intent_statusses=[],
            ),
            pending_change=None,
        )
    )


# ---------------------------------------------------------------------- history


def _history_record(context: EmulatorContext, history_item_id: str) -> HistoryRecord:
    record = context.state.history_item(history_item_id)
    if record is None:
        raise api_error(404, "history_item_not_found", f"No history item with id {history_item_id!r}.")
    return record


async def history_list_items(request: Request) -> Response:
    context = context_of(request)
    query = parse_query(request.query_params, history_list)
    page_size = query.integer("page_size") or 100
    if not 1 <= page_size <= 1000:
        raise validation_failed(
            [ValidationError(loc=["query", "page_size"], msg="Input should be between 1 and 1000", type_="value_error")]
        )
    items = context.state.history()  # newest first
    start_after = query.text("start_after_history_item_id")
    if start_after:
        ids = [item.history_item_id for item in items]
        if start_after not in ids:
            raise api_error(404, "history_item_not_found", f"No history item with id {start_after!r}.")
        items = items[ids.index(start_after) + 1 :]
    voice_id, search, source = query.text("voice_id"), query.text("search"), query.text("source")
    items = [
        item
        for item in items
        if (not voice_id or item.voice_id == voice_id)
        and (not search or search.lower() in item.text.lower())
        and (not source or source == "TTS")
    ]
    page = items[:page_size]
    return _json(
        HistoryPage(
            history=[item.to_model() for item in page],
            has_more=len(items) > page_size,
            last_history_item_id=page[-1].history_item_id if page else None,
        )
    )


async def history_item(request: Request) -> Response:
    """GET or DELETE one history item."""
    if request.method == "DELETE":
        return await history_delete_item(request)
    return await history_get_item(request)


async def history_get_item(request: Request) -> Response:
    parse_query(request.query_params, history_get)
    return _json(_history_record(context_of(request), request.path_params["history_item_id"]).to_model())


async def history_get_audio_item(request: Request) -> Response:
    parse_query(request.query_params, history_get_audio)
    record = _history_record(context_of(request), request.path_params["history_item_id"])
    return Response(bytes(record.audio), media_type=record.content_type)


async def history_delete_item(request: Request) -> Response:
    parse_query(request.query_params, history_delete)
    context = context_of(request)
    record = _history_record(context, request.path_params["history_item_id"])
    context.state.delete_history(record.history_item_id)
    return _json(OkStatus(status="ok"))


async def history_download_items(request: Request) -> Response:
    context = context_of(request)
    body = parse_body(await request.body(), HistoryDownloadRequest)
    if isinstance(body.output_format, str):
        error = HistoryDownloadError(
            error="invalid_output_format",
            message="The emulator keeps audio as it was generated; leave output_format out.",
        )
        return JSONResponse(error.to_dict(), status_code=400)
    records = [_history_record(context, item_id) for item_id in body.history_item_ids]
    if len(records) == 1:
        return Response(bytes(records[0].audio), media_type=records[0].content_type)
    return Response(await anyio.to_thread.run_sync(_zip, records), media_type="application/zip")


def _zip(records: list[HistoryRecord]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for record in records:
            extension = extension_for_content_type(record.content_type) or ".bin"
            archive.writestr(f"{record.history_item_id}{extension}", bytes(record.audio))
    return buffer.getvalue()


# ---------------------------------------------------------------------- usage


def _breakdown_key(breakdown: str, voice_id: str, model_id: str) -> str:
    if breakdown in ("voice", "voice_multiplier"):
        return voice_id
    if breakdown == "model":
        return model_id
    if breakdown == "product_type":
        return "tts"
    return "All"


async def usage_character_stats(request: Request) -> Response:
    context = context_of(request)
    query = parse_query(request.query_params, usage_get_character_stats)
    start, end = query.integer("start_unix") or 0, query.integer("end_unix") or 0
    if end <= start:
        raise validation_failed(
            [ValidationError(loc=["query", "end_unix"], msg="end_unix must be after start_unix", type_="value_error")]
        )
    bucket_size = query.integer("aggregation_bucket_size")
    if bucket_size is not None and bucket_size < 1:
        raise validation_failed(
            [
                ValidationError(
                    loc=["query", "aggregation_bucket_size"], msg="Input should be at least 1", type_="value_error"
                )
            ]
        )
    interval = query.text("aggregation_interval") or "day"
    if bucket_size:
        width = bucket_size * 1000
    elif interval == "cumulative":
        width = end - start
    else:
        width = _BUCKETS[interval] * 1000
    first = start if interval == "cumulative" and not bucket_size else start - start % width
    if -(-(end - first) // width) > MAX_USAGE_BUCKETS:
        raise validation_failed(
            [
                ValidationError(
                    loc=["query", "end_unix"],
                    msg=f"The window holds more than {MAX_USAGE_BUCKETS} buckets; use wider ones or a shorter window",
                    type_="value_error",
                )
            ]
        )
    times = list(range(first, end, width))
    breakdown = query.text("breakdown_type") or "none"
    metric = query.text("metric") or "credits"
    series: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(times))
    for record in context.state.usage():
        if not start <= record.time_ms < end or not times:
            continue
        index = min((record.time_ms - first) // width, len(times) - 1)
        amount = record.credits if metric == "credits" else 1 if metric == "request_count" else 0
        series[_breakdown_key(breakdown, record.voice_id, record.model_id)][index] += amount
    if not series:
        series["All"] = [0.0] * len(times)  # an empty window still has one all-zero series
    return _json(CharacterUsage(time=times, usage=CharacterUsageUsage.from_dict(dict(series))))
