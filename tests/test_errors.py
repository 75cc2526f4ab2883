"""Error bodies of every shape become typed errors with readable messages."""

from __future__ import annotations

import inspect
import pickle
from pathlib import Path
from typing import Any

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


# -- long messages, pickling, the whole tree ---------------------------------------------------


def test_a_huge_detail_makes_a_short_message_and_stays_on_the_error() -> None:
    detail = "x" * 1_000_000
    error = _error(400, b'{"detail": {"status": "bad", "message": "' + detail.encode() + b'"}}', {"request-id": "r9"})

    assert len(str(error)) < 3000
    assert len(repr(error)) < 3000
    assert "[cut: 2000 of 1000000 characters shown]" in str(error)
    assert str(error).endswith("(request id r9)")  # the id survives the cut
    assert error.body["detail"]["message"] == detail  # the whole body is kept


def test_any_error_str_is_bounded() -> None:
    error = elevenlabs_ext.WebSocketProtocolError("y" * 1_000_000, raw="y")
    assert len(str(error)) < 5000
    assert "1000000 characters" in str(error)


def _error_tree() -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    pending: list[type[BaseException]] = [elevenlabs_ext.ElevenLabsError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def _sample_error(cls: type[BaseException]) -> BaseException:
    """An instance of ``cls`` built through its own constructor, every required argument given."""
    request = httpx.Request("POST", "https://api.elevenlabs.io/v1/text-to-speech/v", headers={"a": "b"})
    response = httpx.Response(401, content=b'{"detail": "no"}', headers={"request-id": "r1"}, request=request)
    samples: dict[str, Any] = {
        "message": "boom",
        "response": response,
        "body": {"detail": "no"},
        "code": 1011,
        "reason": "bye",
        "player": "ffplay",
        "argv": ["ffplay", "-"],
        "returncode": 1,
        "stderr": "no device",
        "backend": "alsa",
        "check": "signature",
        "result": {"status": "failed"},
        "message_type": "auth_error",
        "error_type": "quota_exceeded",
    }
    try:
        parameters = inspect.signature(cls).parameters
    except ValueError:  # no constructor of its own: the message alone
        return cls("boom")
    arguments: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if parameter.default is inspect.Parameter.empty and parameter.kind not in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            assert name in samples, f"{cls.__name__} needs {name!r}: add a sample value to this test"
            arguments[name] = samples[name]
    message = arguments.pop("message", "boom")
    return cls(message, **arguments)


def test_the_tree_is_walked_whole() -> None:
    names = {cls.__name__ for cls in _error_tree()}
    assert {
        "APIStatusError",
        "WebSocketClosedError",
        "StreamConsumedError",
        "StreamClosedError",
        "PlayerError",
    } <= names
    assert len(names) >= 33


@pytest.mark.parametrize("cls", _error_tree(), ids=lambda cls: cls.__name__)
def test_every_error_pickles_and_unpickles(cls: type[BaseException]) -> None:
    error = _sample_error(cls)
    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert sorted(vars(copy)) == sorted(vars(error))
    for name, value in vars(error).items():
        if isinstance(value, httpx.Response):
            assert (copy.__dict__[name].status_code, copy.__dict__[name].content) == (value.status_code, value.content)
        elif isinstance(value, httpx.Request):
            assert (copy.__dict__[name].method, copy.__dict__[name].url) == (value.method, value.url)
        elif isinstance(value, httpx.Headers):
            assert copy.__dict__[name] == value
        else:
            assert copy.__dict__[name] == value, name
    if isinstance(error, APIStatusError):
        assert copy.status_code == 401 and copy.request_id == "r1"


def test_stream_errors_are_in_the_tree_and_documented() -> None:
    from elevenlabs_ext import _errors

    for cls in (
        elevenlabs_ext.StreamConsumedError,
        elevenlabs_ext.StreamClosedError,
        elevenlabs_ext.StreamStateError,
        elevenlabs_ext.RedirectError,
        elevenlabs_ext.ResponseDecodeError,
        elevenlabs_ext.InvalidRequestError,
    ):
        assert issubclass(cls, elevenlabs_ext.ElevenLabsError)
        assert cls.__name__ in (_errors.__doc__ or "")
    assert issubclass(elevenlabs_ext.StreamDecodeError, elevenlabs_ext.ResponseDecodeError)
    assert not issubclass(elevenlabs_ext.StreamClosedError, elevenlabs_ext.APIConnectionError)


def test_no_bare_runtime_error_is_raised_by_the_http_and_stream_modules() -> None:
    package = Path(elevenlabs_ext.__file__).parent
    for name in ("_transport.py", "_retry.py", "_streaming.py", "_ndjson.py", "_pagination.py", "_errors.py"):
        assert "raise RuntimeError" not in (package / name).read_text(), name
