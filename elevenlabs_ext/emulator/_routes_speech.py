"""Text to speech (convert, stream, with timestamps) and text to dialogue (convert, stream).

Every generation goes the same way: validate (422), check voice (404), model and length
(400), take a concurrency slot (429), check the quota (401), synthesize in a worker thread,
and only then charge and record history, so a generation that fails costs nothing; then
send the audio: whole (with a length) or streamed block by block. A stream that fails after
that is refunded and its history item removed.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncGenerator, Callable, Iterator
from types import ModuleType
from typing import Any, Final, Literal

import anyio
import anyio.to_thread
import attrs
from elevenlabs_api.api.text_to_dialogue import text_to_dialogue_convert, text_to_dialogue_stream
from elevenlabs_api.api.text_to_speech import (
    text_to_speech_convert,
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream,
    text_to_speech_stream_with_timestamps,
)
from elevenlabs_api.models import (
    AudioChunkWithTimestamps,
    AudioWithTimestamps,
    CharacterAlignment,
    TextToDialogueRequest,
    TextToSpeechRequest,
    TextToSpeechWithTimestampsRequest,
    ValidationError,
    VoiceSettings,
)
from elevenlabs_api.models.history_item_voice_category_type_0 import HistoryItemVoiceCategoryType0
from elevenlabs_api.types import Unset
from starlette.requests import HTTPConnection, Request
from starlette.responses import Response

from .. import _base64
from .._headers import CHARACTER_COST, HISTORY_ITEM_ID
from ..audio._errors import AudioFormatError
from ..audio._formats import OutputFormat as AudioFormat
from ._catalog import MODELS_BY_ID, VOICES_BY_ID, EmulatedModel, EmulatedVoice, espeak_language
from ._context import EmulatorContext, context_of
from ._delivery import PACING_HEADER, AudioResponse, Piece, parse_pacing
from ._encoding import emulated_format, encoder_delay
from ._errors import api_error, validation_failed
from ._limits import character_cost, check_text_length
from ._state import VOICE_SETTING_KEYS, Alignment, EmulatorState, HistoryRecord, QuotaExceededError, new_id
from ._synthesis import Speech, SpeechChunk, Utterance, render, synthesize
from ._validation import parse_body, parse_query

__all__ = [
    "MAX_DIALOGUE_TURNS",
    "NDJSON",
    "charge_and_record",
    "dialogue_convert",
    "dialogue_stream",
    "known_voice",
    "one_piece",
    "output_format",
    "tts_convert",
    "tts_convert_with_timestamps",
    "tts_stream",
    "tts_stream_with_timestamps",
]

Shape = Literal["audio", "json", "ndjson"]
NDJSON: Final = "application/x-ndjson"
# Turns one dialogue may have: bounds the work and memory of one request.
MAX_DIALOGUE_TURNS: Final = 100
# History items know fewer voice categories than voices do.
_HISTORY_CATEGORIES: Final[dict[str, HistoryItemVoiceCategoryType0]] = {
    "premade": "premade",
    "cloned": "cloned",
    "generated": "generated",
    "professional": "professional",
}


@attrs.frozen
class _Job:
    utterances: tuple[Utterance, ...]
    text: str
    model: EmulatedModel
    voice: EmulatedVoice | None
    dialogue: tuple[tuple[str, str, str], ...] | None
    settings: dict[str, Any] | None
    log: bool


def output_format(name: str | None) -> AudioFormat:
    try:
        return emulated_format(name or "mp3_44100_128")
    except AudioFormatError as error:
        raise validation_failed(
            [ValidationError(loc=["query", "output_format"], msg=str(error), type_="unsupported_output_format")]
        ) from None


def known_voice(voice_id: str) -> EmulatedVoice:
    voice = VOICES_BY_ID.get(voice_id)
    if voice is None:
        raise api_error(404, "voice_not_found", f"A voice with the voice_id {voice_id!r} was not found.")
    return voice


def _model(model_id: str | Unset, default: str, language_code: str | None) -> EmulatedModel:
    name = default if isinstance(model_id, Unset) else model_id
    model = MODELS_BY_ID.get(name)
    if model is None:
        raise api_error(400, "model_not_found", f"A model with model_id {name!r} does not exist.")
    if not model.can_do_text_to_speech:
        raise api_error(400, "model_cannot_do_text_to_speech", f"The model {name!r} does not do text to speech.")
    if language_code and language_code.lower() not in {code for code, _ in model.languages}:
        raise api_error(
            400, "unsupported_language", f"The model {name!r} does not support language_code {language_code!r}."
        )
    return model


def _settings(context: EmulatorContext, voice: EmulatedVoice, override: VoiceSettings | Unset | None) -> dict[str, Any]:
    settings = context.state.voice_settings(voice.voice_id)
    if isinstance(override, VoiceSettings):
        settings.update({k: v for k, v in override.to_dict().items() if v is not None and k in VOICE_SETTING_KEYS})
    return settings


def _speech_job(
    context: EmulatorContext, voice_id: str, body: TextToSpeechRequest | TextToSpeechWithTimestampsRequest, log: bool
) -> _Job:
    voice = known_voice(voice_id)
    language = body.language_code if isinstance(body.language_code, str) else None
    model = _model(body.model_id, "eleven_multilingual_v2", language)
    settings = _settings(context, voice, body.voice_settings)
    utterance = Utterance(
        body.text, voice.espeak, speed=float(settings.get("speed") or 1.0), language=espeak_language(language, voice)
    )
    return _Job((utterance,), body.text, model, voice, None, settings, log)


def _dialogue_job(context: EmulatorContext, body: TextToDialogueRequest) -> _Job:
    if not body.inputs:
        raise validation_failed(
            [ValidationError(loc=["body", "inputs"], msg="List should have at least 1 item", type_="too_short")]
        )
    if len(body.inputs) > MAX_DIALOGUE_TURNS:
        raise validation_failed(
            [
                ValidationError(
                    loc=["body", "inputs"],
                    msg=f"List should have at most {MAX_DIALOGUE_TURNS} items",
                    type_="too_long",
                )
            ]
        )
    voices = [known_voice(turn.voice_id) for turn in body.inputs]
    model = _model(body.model_id, "eleven_v3", None)
    utterances = tuple(
        Utterance(
            turn.text, voice.espeak, speed=float(context.state.voice_settings(voice.voice_id).get("speed") or 1.0)
        )
        for turn, voice in zip(body.inputs, voices, strict=True)
    )
    dialogue = tuple((turn.text, voice.voice_id, voice.name) for turn, voice in zip(body.inputs, voices, strict=True))
    text = "".join(turn.text for turn in body.inputs)
    return _Job(utterances, text, model, None, dialogue, None, True)


def _check_text(job: _Job, context: EmulatorContext) -> None:
    if not job.text:
        raise validation_failed(
            [
                ValidationError(
                    loc=["body", "text"], msg="String should have at least 1 character", type_="string_too_short"
                )
            ]
        )
    check_text_length(len(job.text), min(job.model.max_characters, context.options.max_text_length))


def _alignment(chunk_characters: str, starts: tuple[float, ...], ends: tuple[float, ...]) -> CharacterAlignment | None:
    if not chunk_characters:
        return None
    return CharacterAlignment(
        characters=list(chunk_characters),
        character_start_times_seconds=[round(t, 4) for t in starts],
        character_end_times_seconds=[round(t, 4) for t in ends],
    )


def _ndjson_line(chunk: SpeechChunk) -> bytes:
    alignment = _alignment(chunk.characters, chunk.starts, chunk.ends)
    line = AudioChunkWithTimestamps(
        audio_base64=_base64.encode(chunk.audio), alignment=alignment, normalized_alignment=alignment
    )
    return json.dumps(line.to_dict(), ensure_ascii=False).encode() + b"\n"


def _next_chunk(chunks: Iterator[SpeechChunk]) -> SpeechChunk | None:
    return next(chunks, None)


def _render_all(speech: Speech, fmt: AudioFormat, chunk_seconds: float) -> list[SpeechChunk]:
    return list(render(speech, fmt, chunk_seconds=chunk_seconds))


def _full_alignment(speech: Speech, fmt: AudioFormat) -> Alignment:
    return Alignment(
        speech.text,
        tuple(t + encoder_delay(fmt) for t in speech.times.starts),
        tuple(t + encoder_delay(fmt) for t in speech.times.ends),
    )


def _prepare(request: Request, endpoint: ModuleType, body_model: type[Any], body: bytes) -> tuple[_Job, AudioFormat]:
    """Everything that can refuse the request before it costs anything (422, 404, 400)."""
    context = context_of(request)
    query = parse_query(request.query_params, endpoint)
    fmt = output_format(query.text("output_format"))
    parsed = parse_body(body, body_model)
    if isinstance(parsed, TextToDialogueRequest):
        job = _dialogue_job(context, parsed)
    else:
        job = _speech_job(context, request.path_params["voice_id"], parsed, query.flag("enable_logging") is not False)
    _check_text(job, context)
    return job, fmt


def _cost(job: _Job) -> int:
    return character_cost(len(job.text), job.model.cost_multiplier)


def _check_quota(context: EmulatorContext, state: EmulatorState, cost: int) -> None:
    try:
        state.check_quota(cost, limit=context.options.character_limit)
    except QuotaExceededError as error:
        raise api_error(401, "quota_exceeded", str(error)) from None


def charge_and_record(request: HTTPConnection, state: EmulatorState, job: _Job, fmt: AudioFormat) -> dict[str, str]:
    """Charge the quota (401 past it) and open the history item; returns the response headers.

    Also one generation of a websocket (``_websocket.py``), whose connection is the request."""
    context = context_of(request)
    cost = _cost(job)
    try:
        before, after = state.charge(
            cost,
            limit=context.options.character_limit,
            voice_id=job.voice.voice_id if job.voice else "dialogue",
            model_id=job.model.model_id,
        )
    except QuotaExceededError as error:
        raise api_error(401, "quota_exceeded", str(error)) from None
    headers = {CHARACTER_COST: str(cost)}
    if job.log:
        record = HistoryRecord(
            history_item_id=new_id(),
            request_id=request.scope.get("state", {}).get("request_id", ""),
            date_unix=int(state.now()),
            count_from=before,
            count_to=after,
            content_type=fmt.content_type,
            model_id=job.model.model_id,
            text="" if job.dialogue else job.text,
            voice_id=job.voice.voice_id if job.voice else None,
            voice_name=job.voice.name if job.voice else None,
            voice_category=_HISTORY_CATEGORIES.get(job.voice.category) if job.voice else None,
            settings=job.settings,
            dialogue=list(job.dialogue) if job.dialogue else None,
        )
        state.add_history(record)
        headers[HISTORY_ITEM_ID] = record.history_item_id
    return headers


async def _whole_body(
    speech: Speech, *, fmt: AudioFormat, shape: Shape, alignment: Alignment | None, chunk_seconds: float
) -> tuple[bytes, bytes, str]:
    """(audio, body, media type) of a convert endpoint."""
    chunks = await anyio.to_thread.run_sync(_render_all, speech, fmt, chunk_seconds)
    audio = b"".join(chunk.audio for chunk in chunks)
    if shape != "json":
        return audio, audio, fmt.content_type
    timed = _alignment(alignment.characters, alignment.starts, alignment.ends) if alignment else None
    payload = AudioWithTimestamps(audio_base64=_base64.encode(audio), alignment=timed, normalized_alignment=timed)
    return audio, json.dumps(payload.to_dict(), ensure_ascii=False).encode(), "application/json"


async def _streamed_body(
    speech: Speech,
    *,
    fmt: AudioFormat,
    shape: Shape,
    chunk_seconds: float,
    state: EmulatorState,
    history_id: str | None,
    alignment: Alignment | None,
    refund: Callable[[], None],
) -> AsyncGenerator[Piece, None]:
    # Each block is encoded in a worker thread only when the previous one has been sent.
    chunks = render(speech, fmt, chunk_seconds=chunk_seconds)
    try:
        while (chunk := await anyio.to_thread.run_sync(_next_chunk, chunks)) is not None:
            if history_id:
                state.append_audio(history_id, chunk.audio)
            yield Piece(_ndjson_line(chunk) if shape == "ndjson" else chunk.audio, chunk.audio_start)
    except Exception:
        refund()  # the generation failed: no charge, no history item
        raise
    finally:
        if history_id:
            state.finish_history(history_id, alignment)  # also when the client hung up early


async def _prepare_off_loop(
    request: Request, endpoint: ModuleType, body_model: type[Any], body: bytes
) -> tuple[_Job, AudioFormat]:
    # Parsing and checking a large JSON body is CPU work; small ones are not worth a thread hop.
    if len(body) < _PARSE_INLINE_BYTES:
        return _prepare(request, endpoint, body_model, body)
    return await anyio.to_thread.run_sync(_prepare, request, endpoint, body_model, body)


_PARSE_INLINE_BYTES: Final = 64 * 1024


async def one_piece(data: bytes) -> AsyncGenerator[Piece, None]:
    yield Piece(data)


async def _generate(
    request: Request, endpoint: ModuleType, body_model: type[Any], shape: Shape, *, stream: bool
) -> Response:
    started = time.monotonic()
    context = context_of(request)
    options = context.options
    state = context.state  # a reset during this request must not move it to the new state
    job, fmt = await _prepare_off_loop(request, endpoint, body_model, await request.body())
    try:
        pacing = parse_pacing(request.headers.get(PACING_HEADER), options.pacing)
    except ValueError as error:
        raise api_error(400, "invalid_pacing", str(error)) from None

    context.limiter.acquire(options.concurrency, options.retry_after)
    try:
        _check_quota(context, state, _cost(job))
        speech = await anyio.to_thread.run_sync(synthesize, job.utterances)
        headers = charge_and_record(request, state, job, fmt)
        history_id = headers.get(HISTORY_ITEM_ID)
        voice_id = job.voice.voice_id if job.voice else "dialogue"

        def refund() -> None:
            state.refund(_cost(job), voice_id=voice_id, model_id=job.model.model_id, history_item_id=history_id)

        alignment = _full_alignment(speech, fmt) if job.dialogue is None else None
        if stream:
            pieces = _streamed_body(
                speech,
                fmt=fmt,
                shape=shape,
                chunk_seconds=options.chunk_seconds,
                state=state,
                history_id=history_id,
                alignment=alignment,
                refund=refund,
            )
            media_type = NDJSON if shape == "ndjson" else fmt.content_type
        else:
            try:
                audio, data, media_type = await _whole_body(
                    speech, fmt=fmt, shape=shape, alignment=alignment, chunk_seconds=options.chunk_seconds
                )
            except Exception:
                refund()
                raise
            if history_id:
                state.append_audio(history_id, audio)
                state.finish_history(history_id, alignment)
            headers["content-length"] = str(len(data))
            pieces = one_piece(data)
        return AudioResponse(
            pieces,
            media_type=media_type,
            headers=headers,
            pacing=pacing,
            started=started,
            closing=lambda: context.closing,
            on_close=context.limiter.release,
        )
    except BaseException:
        context.limiter.release()
        raise


# The names _websocket.py imports.
_charge_and_record = charge_and_record
_output_format = output_format
_voice = known_voice


async def tts_convert(request: Request) -> Response:
    return await _generate(request, text_to_speech_convert, TextToSpeechRequest, "audio", stream=False)


async def tts_convert_with_timestamps(request: Request) -> Response:
    return await _generate(
        request, text_to_speech_convert_with_timestamps, TextToSpeechWithTimestampsRequest, "json", stream=False
    )


async def tts_stream(request: Request) -> Response:
    return await _generate(request, text_to_speech_stream, TextToSpeechRequest, "audio", stream=True)


async def tts_stream_with_timestamps(request: Request) -> Response:
    return await _generate(request, text_to_speech_stream_with_timestamps, TextToSpeechRequest, "ndjson", stream=True)


async def dialogue_convert(request: Request) -> Response:
    return await _generate(request, text_to_dialogue_convert, TextToDialogueRequest, "audio", stream=False)


async def dialogue_stream(request: Request) -> Response:
    return await _generate(request, text_to_dialogue_stream, TextToDialogueRequest, "audio", stream=True)
