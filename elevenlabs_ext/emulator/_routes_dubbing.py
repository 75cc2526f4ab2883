"""Dubbing, just enough for the wait helpers: a job is created, then reports ``dubbing`` for a
few polls and ``dubbed`` after that (``POST /v1/dubbing``, ``GET /v1/dubbing/{dubbing_id}``).

Nothing is dubbed: the upload is read to check the form, and the job only keeps its name
and languages. Jobs belong to the account state, so ``Emulator.reset()`` forgets them.
"""

from __future__ import annotations

import secrets
import threading
import weakref
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Final

import attrs
from elevenlabs_api.models import DubbingCreated, DubbingMediaMetadata, DubbingMetadata, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._context import context_of
from ._errors import api_error, validation_failed
from ._state import EmulatorState

__all__ = ["POLLS_WHILE_DUBBING", "create_dubbing", "get_dubbing"]

POLLS_WHILE_DUBBING: Final = 2  # answers of "dubbing" before a job reports "dubbed"
_EXPECTED_SECONDS: Final = 0.5
_MAX_UPLOAD: Final = 50 * 1024 * 1024


@attrs.define
class _Job:
    dubbing_id: str
    name: str
    target_lang: str
    content_type: str
    created_at: datetime
    polls: int = 0

    def metadata(self) -> DubbingMetadata:
        dubbed = self.polls > POLLS_WHILE_DUBBING
        return DubbingMetadata(
            dubbing_id=self.dubbing_id,
            name=self.name,
            status="dubbed" if dubbed else "dubbing",
            source_language=None,
            target_languages=[self.target_lang],
            created_at=self.created_at,
            media_metadata=DubbingMediaMetadata(content_type=self.content_type, duration=0.0) if dubbed else None,
        )


class _Jobs:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_id: dict[str, _Job] = {}


_JOBS: weakref.WeakKeyDictionary[EmulatorState, _Jobs] = weakref.WeakKeyDictionary()
_JOBS_LOCK = threading.Lock()


def _jobs(request: Request) -> _Jobs:
    state = context_of(request).state
    with _JOBS_LOCK:
        return _JOBS.setdefault(state, _Jobs())


def _form_parts(content_type: str, body: bytes) -> dict[str, Message]:
    """The fields of a multipart/form-data body by name (the standard library's MIME parser)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return {}
    parsed = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    parts: dict[str, Message] = {}
    for part in parsed.iter_parts() if parsed.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            parts[name] = part
    return parts


def _text(part: Message | None) -> str:
    payload = part.get_payload(decode=True) if part is not None else None
    return payload.decode("utf-8", "replace").strip() if isinstance(payload, bytes) else ""


def _missing(field: str, message: str) -> ValidationError:
    return ValidationError(loc=["body", field], msg=message, type_="missing")


async def create_dubbing(request: Request) -> Response:
    body = await request.body()
    if len(body) > _MAX_UPLOAD:
        raise api_error(413, "file_too_large", f"The upload is over {_MAX_UPLOAD // (1024 * 1024)} MB.")
    parts = _form_parts(request.headers.get("content-type", ""), body)
    media = parts.get("file")
    source_url = _text(parts.get("source_url"))
    target = _text(parts.get("target_lang"))
    problems = []
    if media is None and not source_url:
        problems.append(_missing("file", "Give a file to dub or a source_url."))
    if not target:
        problems.append(_missing("target_lang", "Field required"))
    if problems:
        raise validation_failed(problems)
    name = _text(parts.get("name")) or (media.get_filename() if media is not None else None)
    job = _Job(
        dubbing_id=secrets.token_hex(10),
        name=name or "Untitled",
        target_lang=target,
        content_type=media.get_content_type() if media is not None else "video/mp4",
        created_at=datetime.now(UTC),
    )
    jobs = _jobs(request)
    with jobs.lock:
        jobs.by_id[job.dubbing_id] = job
    created = DubbingCreated(dubbing_id=job.dubbing_id, expected_duration_sec=_EXPECTED_SECONDS)
    return JSONResponse(created.to_dict())


async def get_dubbing(request: Request) -> Response:
    dubbing_id = request.path_params["dubbing_id"]
    jobs = _jobs(request)
    with jobs.lock:
        job = jobs.by_id.get(dubbing_id)
        if job is None:
            raise api_error(404, "dubbing_not_found", f"No dubbing project with the id {dubbing_id!r}.")
        job.polls += 1
        metadata = job.metadata()
    return JSONResponse(metadata.to_dict())
