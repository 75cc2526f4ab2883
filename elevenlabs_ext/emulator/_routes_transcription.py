"""``POST /v1/speech-to-text``: transcribe an uploaded file (``_recognizer`` does the listening).

The multipart form is read as openapi.yaml's ``SpeechToTextForm`` describes it. What the
emulator cannot do offline is refused with a 400 in the API's shape that says so:
``cloud_storage_url`` (it would have to fetch the file), webhook delivery and multichannel
output. ``file_format=pcm_s16le_16`` takes raw 16 kHz 16-bit mono PCM; anything else is a file
(WAV, or any format PyAV reads with the ``stt`` extra). The answer is a ``Transcript``: the
text, and with ``timestamps_granularity`` ``word`` (the default) or ``character`` the words
with ``spacing`` entries between them (and per-character times for ``character``).
``diarize`` labels every word ``speaker_0``: the emulator hears one speaker.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

import anyio.to_thread
from elevenlabs_api.models import ValidationError
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._errors import api_error, validation_failed
from ._recognizer import Recognition, RecognizedWord, RecognizerUnavailableError, transcribe
from ._speech_input import AudioDecodeError, decode_file, decode_pcm16

__all__ = ["BATCH_MODELS", "speech_to_text", "transcript_words"]

BATCH_MODELS: Final = ("scribe_v1", "scribe_v1_experimental", "scribe_v2")
GRANULARITIES: Final = ("none", "word", "character")
FILE_FORMATS: Final = ("pcm_s16le_16", "other")
_MAX_FILES: Final = 1
_MAX_FIELDS: Final = 40


def _problem(field: str, message: str, kind: str = "value_error") -> ValidationError:
    return ValidationError(loc=["body", field], msg=message, type_=kind)


def _flag(form: Any, name: str, default: bool) -> bool:
    value = form.get(name)
    if value is None or isinstance(value, UploadFile):
        return default
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def transcript_words(
    words: Sequence[RecognizedWord], *, characters: bool = False, speaker: str | None = None
) -> list[dict[str, Any]]:
    """Words as the API lists them: ``word`` entries with ``spacing`` entries between them."""
    listed: list[dict[str, Any]] = []
    for index, word in enumerate(words):
        if index:
            previous = words[index - 1]
            gap = {"text": " ", "start": previous.end, "end": max(word.start, previous.end), "type": "spacing"}
            listed.append({**gap, "speaker_id": speaker, "logprob": 0.0})
        entry: dict[str, Any] = {
            "text": word.text,
            "start": word.start,
            "end": word.end,
            "type": "word",
            "speaker_id": speaker,
            "logprob": word.logprob,
        }
        if characters:
            step = (word.end - word.start) / max(len(word.text), 1)
            entry["characters"] = [
                {"text": char, "start": round(word.start + i * step, 3), "end": round(word.start + (i + 1) * step, 3)}
                for i, char in enumerate(word.text)
            ]
        listed.append(entry)
    return listed


async def speech_to_text(request: Request) -> Response:
    async with request.form(max_files=_MAX_FILES, max_fields=_MAX_FIELDS) as form:
        problems: list[ValidationError] = []
        model_id = form.get("model_id")
        if not isinstance(model_id, str) or not model_id:
            problems.append(_problem("model_id", "Field required", "missing"))
        elif model_id not in BATCH_MODELS:
            shown = ", ".join(repr(name) for name in BATCH_MODELS)
            problems.append(_problem("model_id", f"Input should be {shown}", "literal_error"))
        granularity = form.get("timestamps_granularity") or "word"
        if granularity not in GRANULARITIES:
            problems.append(_problem("timestamps_granularity", "Input should be 'none', 'word' or 'character'", "enum"))
        file_format = form.get("file_format") or "other"
        if file_format not in FILE_FORMATS:
            problems.append(_problem("file_format", "Input should be 'pcm_s16le_16' or 'other'", "enum"))
        if problems:
            raise validation_failed(problems)
        upload = form.get("file")
        url = form.get("cloud_storage_url")
        has_file = isinstance(upload, UploadFile)
        if has_file == bool(url):
            raise api_error(400, "invalid_parameters", "Provide exactly one of file and cloud_storage_url.")
        if url:
            raise api_error(
                400, "unsupported_by_emulator", "The emulator is offline and cannot fetch cloud_storage_url."
            )
        if _flag(form, "webhook", False):
            raise api_error(400, "unsupported_by_emulator", "The emulator does not deliver transcripts to webhooks.")
        if _flag(form, "use_multi_channel", False):
            raise api_error(400, "unsupported_by_emulator", "The emulator does not transcribe channels separately.")
        assert isinstance(upload, UploadFile)
        data = await upload.read()
        language = form.get("language_code")
        diarize = _flag(form, "diarize", False)
    recognition = await anyio.to_thread.run_sync(
        functools.partial(
            _recognize,
            data,
            raw=file_format == "pcm_s16le_16",
            language=language if isinstance(language, str) else None,
        )
    )
    body: dict[str, Any] = {
        "language_code": recognition.language_code,
        "language_probability": 1.0 if recognition.exact else 0.9,
        "text": recognition.text,
        "words": []
        if granularity == "none"
        else transcript_words(
            recognition.words, characters=granularity == "character", speaker="speaker_0" if diarize else None
        ),
    }
    return JSONResponse(body)


def _recognize(data: bytes, *, raw: bool, language: str | None) -> Recognition:
    try:
        if raw:
            return transcribe(decode_pcm16(data), 16000, language=language)
        samples, rate = decode_file(data)
        return transcribe(samples, rate, language=language)
    except AudioDecodeError as error:
        raise api_error(400, "invalid_audio", f"The file could not be read as audio: {error}") from None
    except RecognizerUnavailableError as error:
        raise api_error(501, "recognizer_unavailable", str(error)) from None
    except (ValueError, RuntimeError) as error:  # audio the decoder half-read: not a crash of ours
        raise api_error(400, "invalid_audio", f"The audio could not be transcribed: {error}") from None
