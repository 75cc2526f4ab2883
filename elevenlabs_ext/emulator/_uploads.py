"""Uploaded audio: the multipart form of the voice changer and audio isolation, decoded to samples.

The form is read through the request's body limit (``_limits.BodyLimit``); its text fields
are checked against the generated form model like query parameters are. The recording is
decoded by miniaudio (MP3, WAV, FLAC, Vorbis) or read as raw 16 kHz PCM when
``file_format=pcm_s16le_16``, to mono at the rate the emulator works at, and never past
``MAX_UPLOAD_SECONDS`` (decoding stops there, so a small, long file cannot fill memory).
"""

from __future__ import annotations

import importlib
from typing import Any, Final

import anyio.to_thread
import attrs
import numpy as np
import numpy.typing as npt
from elevenlabs_api.models import ValidationError
from starlette.datastructures import QueryParams, UploadFile
from starlette.requests import Request

from ._errors import api_error, validation_failed
from ._validation import parse_query_fields

__all__ = ["MAX_UPLOAD_SECONDS", "Upload", "decode_audio", "read_upload"]

MAX_UPLOAD_SECONDS: Final = 600.0
_PCM_RATE: Final = 16_000


@attrs.frozen
class Upload:
    audio: bytes
    fields: dict[str, Any]


def _problem(key: str, msg: str, kind: str) -> ValidationError:
    return ValidationError(loc=["body", key], msg=msg, type_=kind)


async def read_upload(request: Request, form_model: type[Any]) -> Upload:
    """The ``audio`` file and the form's other fields (typed); 422 when the form does not fit."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "multipart/form-data":
        await request.body()  # read (through the limit) so the connection stays usable
        raise validation_failed([_problem("audio", "Field required", "missing")])
    try:
        form = await request.form(max_files=1, max_fields=32)
    except Exception as error:  # starlette's multipart errors are HTTPException(400) or parser errors
        if hasattr(error, "status_code") and getattr(error, "status_code", 0) != 400:
            raise
        raise api_error(400, "invalid_multipart", f"The multipart body could not be read: {error}") from None
    try:
        upload = form.get("audio")
        if not isinstance(upload, UploadFile):
            raise validation_failed([_problem("audio", "Field required", "missing")])
        audio = await upload.read()
        texts = QueryParams([(key, value) for key, value in form.multi_items() if isinstance(value, str)])
    finally:
        await form.close()
    fields = parse_query_fields(texts, form_model, location="body")
    if not audio:
        raise validation_failed([_problem("audio", "The uploaded file is empty", "value_error")])
    return Upload(audio, fields)


def _decode(data: bytes, file_format: str | None, sample_rate: int) -> npt.NDArray[np.float64]:
    limit = int(MAX_UPLOAD_SECONDS * sample_rate)
    if file_format == "pcm_s16le_16":
        raw = np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2").astype(np.float64) / 32768.0
        if len(raw) > MAX_UPLOAD_SECONDS * _PCM_RATE:
            raise _too_long()
        count = round(len(raw) * sample_rate / _PCM_RATE)
        resampled: npt.NDArray[np.float64] = np.interp(
            np.arange(count) * _PCM_RATE / sample_rate, np.arange(len(raw)), raw
        )
        return resampled
    # miniaudio ships no type information.
    miniaudio: Any = importlib.import_module("miniaudio")

    pieces: list[npt.NDArray[np.int16]] = []
    total = 0
    try:
        stream = miniaudio.stream_memory(
            data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=sample_rate
        )
        for piece in stream:
            pieces.append(np.asarray(piece, dtype=np.int16))
            total += len(pieces[-1])
            if total > limit:
                raise _too_long()
    except miniaudio.MiniaudioError as error:
        raise api_error(
            400, "invalid_audio", f"The uploaded audio could not be decoded (MP3, WAV, FLAC or Ogg Vorbis): {error}"
        ) from None
    if not total:
        raise api_error(400, "invalid_audio", "The uploaded audio holds no samples.")
    return np.concatenate(pieces).astype(np.float64) / 32768.0


def _too_long() -> Exception:
    return api_error(
        400, "audio_too_long", f"The uploaded audio is longer than this emulator accepts ({MAX_UPLOAD_SECONDS:g} s)."
    )


async def decode_audio(data: bytes, file_format: str | None, sample_rate: int) -> npt.NDArray[np.float64]:
    """Mono samples in [-1, 1) at ``sample_rate`` (decoded in a worker thread); 400 when undecodable."""
    return await anyio.to_thread.run_sync(_decode, data, file_format, sample_rate)
