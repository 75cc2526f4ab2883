"""Error answers in the real API's shapes.

* 422 (validation): ``{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}``, built
  with the generated ``HTTPValidationError``.
* Everything else: ``{"detail": {"status": "<code>", "message": "<text>"}}`` (for example
  ``quota_exceeded``, ``voice_not_found``, ``too_many_concurrent_requests``).
* Unknown paths and methods: ``{"detail": "Not Found"}`` as FastAPI answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from elevenlabs_api.models import HTTPValidationError, ValidationError
from starlette.responses import JSONResponse

__all__ = ["EmulatorHTTPError", "api_error", "error_response", "validation_failed"]


class EmulatorHTTPError(Exception):
    """Raised by a route to answer with an error status; turned into a response by the app."""

    def __init__(self, status_code: int, detail: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status_code}: {detail!r}")
        self.status_code = status_code
        self.detail = detail
        self.headers = dict(headers or {})


def api_error(status_code: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> EmulatorHTTPError:
    return EmulatorHTTPError(status_code, {"status": code, "message": message}, headers)


def validation_failed(problems: list[ValidationError]) -> EmulatorHTTPError:
    return EmulatorHTTPError(422, HTTPValidationError(detail=problems).to_dict()["detail"])


def error_response(error: EmulatorHTTPError) -> JSONResponse:
    return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)
