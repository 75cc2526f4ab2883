"""Audio in or audio out without text to speak: voice changer, audio isolation, sound effects.

Each goes the way a text-to-speech generation does (``_routes_speech.py``): validate (422),
check voice and model (404, 400), take a concurrency slot (429), decode and transform in a
worker thread, check the quota (401), charge, then send the audio whole or in chunks in
any output format. Nothing is charged when the work fails. These generations are billed by
audio length and leave no history item.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any, Final

import anyio.to_thread
import numpy as np
import numpy.typing as npt
from elevenlabs_api.api.sound_generation import sound_generation_convert
from elevenlabs_api.api.speech_to_speech import speech_to_speech_convert
from elevenlabs_api.models import AudioIsolationForm, SoundGenerationRequest, SpeechToSpeechForm, VoiceSettings
from starlette.requests import Request
from starlette.responses import Response

from .._headers import CHARACTER_COST
from ..audio._formats import OutputFormat
from ._catalog import MODELS_BY_ID
from ._context import context_of
from ._delivery import PACING_HEADER, AudioResponse, Piece, parse_pacing
from ._errors import api_error
from ._isolation import suppress_noise
from ._respeak import change_voice
from ._routes_speech import known_voice, one_piece, output_format
from ._sound_effects import DEFAULT_DURATION_SECONDS, synthesize_effect
from ._state import QuotaExceededError
from ._synthesis import Speech, render
from ._timing import CharacterTimes
from ._uploads import decode_audio, read_upload
from ._validation import parse_body, parse_json, parse_query, parse_value

__all__ = [
    "audio_isolation_convert",
    "audio_isolation_stream",
    "sound_generation",
    "speech_to_speech_convert_route",
    "speech_to_speech_stream_route",
]

# Credits per minute of audio in (voice changer, isolation) and per second of sound effect.
CREDITS_PER_MINUTE: Final = 1_000
SOUND_CREDITS_PER_SECOND: Final = 40
_DEFAULT_STS_MODEL: Final = "eleven_english_sts_v2"

Samples = npt.NDArray[np.float64]


def _pcm(samples: Samples) -> bytes:
    return bytes(np.clip(np.rint(samples * 32767.0), -32768, 32767).astype("<i2").tobytes())


def _render_all(speech: Speech, fmt: OutputFormat, chunk_seconds: float) -> bytes:
    return b"".join(chunk.audio for chunk in render(speech, fmt, chunk_seconds=chunk_seconds))


async def _chunks(
    speech: Speech, fmt: OutputFormat, chunk_seconds: float, refund: Callable[[], None]
) -> AsyncGenerator[Piece, None]:
    chunks = render(speech, fmt, chunk_seconds=chunk_seconds)
    try:
        while (chunk := await anyio.to_thread.run_sync(next, chunks, None)) is not None:
            yield Piece(chunk.audio, chunk.audio_start)
    except Exception:
        refund()  # the stream failed after the charge: it costs nothing
        raise


async def _produce(
    request: Request,
    *,
    fmt: OutputFormat,
    stream: bool,
    work: Callable[[], Any],
    cost_of: Callable[[int], int],
    voice_id: str,
    model_id: str,
) -> Response:
    """Take a slot, run ``work`` (awaitable giving samples at eSpeak's rate), charge, answer."""
    started = time.monotonic()
    context = context_of(request)
    options = context.options
    state = context.state
    try:
        pacing = parse_pacing(request.headers.get(PACING_HEADER), options.pacing)
    except ValueError as error:
        raise api_error(400, "invalid_pacing", str(error)) from None
    context.limiter.acquire(options.concurrency, options.retry_after)
    try:
        samples: Samples = await work()
        rate = context.espeak.sample_rate
        cost = cost_of(len(samples))
        speech = Speech("", _pcm(samples), rate, CharacterTimes((), ()))
        if stream:

            def refund() -> None:
                state.refund(cost, voice_id=voice_id, model_id=model_id, history_item_id=None)

            pieces = _chunks(speech, fmt, options.chunk_seconds, refund)
            headers = {}
        else:
            data = await anyio.to_thread.run_sync(_render_all, speech, fmt, options.chunk_seconds)
            pieces = one_piece(data)
            headers = {"content-length": str(len(data))}
        try:
            state.charge(cost, limit=options.character_limit, voice_id=voice_id, model_id=model_id)
        except QuotaExceededError as error:
            raise api_error(401, "quota_exceeded", str(error)) from None
        headers[CHARACTER_COST] = str(cost)
        return AudioResponse(
            pieces,
            media_type=fmt.content_type,
            headers=headers,
            pacing=pacing,
            started=started,
            closing=lambda: context.closing,
            on_close=context.limiter.release,
        )
    except BaseException:
        context.limiter.release()
        raise


def _per_minute(rate: int) -> Callable[[int], int]:
    return lambda samples: max(math.ceil(samples / rate / 60 * CREDITS_PER_MINUTE), 1)


# ---------------------------------------------------------------------- voice changer


async def _speech_to_speech(request: Request, *, stream: bool) -> Response:
    context = context_of(request)
    query = parse_query(request.query_params, speech_to_speech_convert)
    fmt = output_format(query.text("output_format"))
    voice = known_voice(request.path_params["voice_id"])
    upload = await read_upload(request, SpeechToSpeechForm)
    model_id = upload.fields.get("model_id") or _DEFAULT_STS_MODEL
    model = MODELS_BY_ID.get(model_id)
    if model is None:
        raise api_error(400, "model_not_found", f"A model with model_id {model_id!r} does not exist.")
    if not model.can_do_voice_conversion:
        raise api_error(
            400, "model_cannot_do_voice_conversion", f"The model {model_id!r} does not do speech to speech."
        )
    settings = upload.fields.get("voice_settings")
    if settings:
        parse_value(parse_json(settings, ("body", "voice_settings")), VoiceSettings, ("body", "voice_settings"))
    rate = context.espeak.sample_rate
    remove_noise = bool(upload.fields.get("remove_background_noise"))

    async def work() -> Samples:
        samples = await decode_audio(upload.audio, upload.fields.get("file_format"), rate)
        if remove_noise:
            samples = await anyio.to_thread.run_sync(suppress_noise, samples)
        # Recognition, re-speaking and warping are blocking: a worker thread does them.
        change = await anyio.to_thread.run_sync(change_voice, samples, voice.espeak, context.espeak)
        return change.samples

    return await _produce(
        request,
        fmt=fmt,
        stream=stream,
        work=work,
        cost_of=_per_minute(rate),
        voice_id=voice.voice_id,
        model_id=model.model_id,
    )


async def speech_to_speech_convert_route(request: Request) -> Response:
    return await _speech_to_speech(request, stream=False)


async def speech_to_speech_stream_route(request: Request) -> Response:
    return await _speech_to_speech(request, stream=True)


# ---------------------------------------------------------------------- audio isolation


async def _isolation(request: Request, *, stream: bool) -> Response:
    context = context_of(request)
    # The operation takes no query parameters; output_format is honoured when sent anyway.
    fmt = output_format(request.query_params.get("output_format"))
    upload = await read_upload(request, AudioIsolationForm)
    rate = context.espeak.sample_rate

    async def work() -> Samples:
        samples = await decode_audio(upload.audio, upload.fields.get("file_format"), rate)
        cleaned: Samples = await anyio.to_thread.run_sync(suppress_noise, samples)
        return cleaned

    return await _produce(
        request,
        fmt=fmt,
        stream=stream,
        work=work,
        cost_of=_per_minute(rate),
        voice_id="",
        model_id="audio_isolation",
    )


async def audio_isolation_convert(request: Request) -> Response:
    return await _isolation(request, stream=False)


async def audio_isolation_stream(request: Request) -> Response:
    return await _isolation(request, stream=True)


# ---------------------------------------------------------------------- sound effects


async def sound_generation(request: Request) -> Response:
    context = context_of(request)
    query = parse_query(request.query_params, sound_generation_convert)
    fmt = output_format(query.text("output_format"))
    body = parse_body(await request.body(), SoundGenerationRequest)
    if not body.text.strip():
        raise api_error(400, "empty_prompt", "Describe the sound to make: text is empty.")
    seconds = body.duration_seconds if isinstance(body.duration_seconds, float | int) else None
    influence = body.prompt_influence if isinstance(body.prompt_influence, float | int) else 0.3
    rate = context.espeak.sample_rate
    length = float(seconds) if seconds is not None else DEFAULT_DURATION_SECONDS

    async def work() -> Samples:
        sound: Samples = await anyio.to_thread.run_sync(synthesize_effect, body.text, length, rate, float(influence))
        return sound

    def cost(samples: int) -> int:
        return math.ceil(samples / rate * SOUND_CREDITS_PER_SECOND) if seconds is not None else 200

    return await _produce(
        request, fmt=fmt, stream=False, work=work, cost_of=cost, voice_id="", model_id="eleven_text_to_sound_v2"
    )
