"""Error bodies of every shape become typed errors with readable messages."""

from __future__ import annotations

import httpx
import pytest

import elevenlabs_ext
from elevenlabs_ext import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from elevenlabs_ext._errors import make_status_error


def _error(status: int, body: bytes | None = None, headers: dict[str, str] | None = None) -> APIStatusError:
    request = httpx.Request("POST", "https://api.elevenlabs.io/v1/text-to-speech/v")
    response = httpx.Response(status, content=body or b"", headers=headers, request=request)
    return make_status_error(response)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = _error(status, headers={"request-id": "req-1"})
    assert type(error) is cls
    assert isinstance(error, elevenlabs_ext.APIError)
    assert error.status_code == status
    assert error.request_id == "req-1"
    assert "req-1" in str(error)


def test_api_detail_object_gives_code_and_message() -> None:
    error = _error(401, b'{"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota."}}')
    assert error.code == "quota_exceeded"
    assert str(error) == "401 Unauthorized [quota_exceeded]: This request exceeds your quota."


def test_validation_detail_is_listed_and_parsed() -> None:
    body = b'{"detail": [{"loc": ["body", "text"], "msg": "Field required", "type": "missing"}]}'
    error = _error(422, body)
    assert isinstance(error, UnprocessableEntityError)
    assert "body.text: Field required" in str(error)
    validation = error.validation
    assert validation is not None
    assert validation.detail[0].loc == ["body", "text"]


def test_non_json_and_empty_bodies() -> None:
    assert str(_error(502, b"<html>bad gateway</html>")) == "502 Bad Gateway: <html>bad gateway</html>"
    assert str(_error(500)) == "500 Internal Server Error"
    assert _error(422, b"not json").validation is None
