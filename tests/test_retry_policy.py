"""The retry policy and the sans-I/O send flow, driven by hand (no sockets)."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Generator
from typing import Any

import httpx
import pytest

from elevenlabs_ext import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from elevenlabs_ext._retry import Close, Read, RetryPolicy, Send, Sleep, parse_retry_after, send_flow

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": email.utils.formatdate(NOW + 7, usegmt=True)}, 7.0),
        ({"retry-after": email.utils.formatdate(NOW - 7, usegmt=True)}, 0.0),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after-ms": "soon"}, None),
        ({"retry-after": "whenever"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


def test_backoff_grows_is_capped_and_jitter_only_shortens() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (10, 8.0), (10_000, 8.0)]:
        delays = [policy.backoff(attempt) for _ in range(200)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)


@pytest.mark.parametrize("value", [-1, 1.5, "2"])
def test_invalid_max_retries_is_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=value)


def _request() -> httpx.Request:
    return httpx.Request("POST", "https://api.elevenlabs.io/v1/x", json={"text": "hi"})


def _drive(flow: Generator[Any, Any, httpx.Response], outcomes: list[Any]) -> tuple[list[Any], Any]:
    """Play ``outcomes`` for each Send; return the actions seen and the result or error."""
    actions: list[Any] = []
    try:
        action = next(flow)
        while True:
            actions.append(action)
            outcome = None
            if isinstance(action, Send):
                outcome = outcomes.pop(0)
            elif isinstance(action, Read):
                action.response.read()
            action = flow.send(outcome)
    except StopIteration as done:
        return actions, done.value
    except Exception as error:
        return actions, error


def _response(status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> httpx.Response:
    return httpx.Response(status, headers=headers, content=body)


def test_retries_retryable_statuses_then_succeeds() -> None:
    actions, result = _drive(
        send_flow(_request(), RetryPolicy(max_retries=3)), [_response(500), _response(429), _response(200)]
    )
    assert isinstance(result, httpx.Response) and result.status_code == 200
    kinds = [type(a).__name__ for a in actions]
    assert kinds == ["Send", "Close", "Sleep", "Send", "Close", "Sleep", "Send"]


def test_server_requested_delay_is_used() -> None:
    actions, _ = _drive(
        send_flow(_request(), RetryPolicy()), [_response(503, {"retry-after-ms": "1234"}), _response(200)]
    )
    assert [a.seconds for a in actions if isinstance(a, Sleep)] == [1.234]


def test_long_retry_after_raises_at_once_with_the_delay() -> None:
    actions, error = _drive(send_flow(_request(), RetryPolicy()), [_response(429, {"retry-after": "120"})])
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 120.0
    assert not [a for a in actions if isinstance(a, Sleep)]


def test_exhausted_retries_raise_the_typed_error_with_its_body() -> None:
    outcomes = [_response(500, body=b'{"detail": {"status": "oops", "message": "broken"}}') for _ in range(3)]
    actions, error = _drive(send_flow(_request(), RetryPolicy(max_retries=2)), outcomes)
    assert isinstance(error, InternalServerError)
    assert error.code == "oops" and "broken" in str(error)
    assert sum(isinstance(a, Send) for a in actions) == 3
    assert isinstance(actions[-1], Read)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    actions, error = _drive(send_flow(_request(), RetryPolicy(max_retries=5)), [_response(status)])
    assert getattr(error, "status_code", None) == status
    assert sum(isinstance(a, Send) for a in actions) == 1


def test_transport_errors_are_retried_then_typed() -> None:
    request = _request()
    outcomes = [httpx.ConnectError("refused", request=request), httpx.ReadTimeout("slow", request=request)]
    _, error = _drive(send_flow(request, RetryPolicy(max_retries=1)), outcomes)
    assert isinstance(error, APITimeoutError)
    _, error = _drive(send_flow(request, RetryPolicy(max_retries=0)), [httpx.ConnectError("refused", request=request)])
    assert isinstance(error, APIConnectionError) and not isinstance(error, APITimeoutError)


def test_per_request_override_and_unreplayable_bodies() -> None:
    request = _request()
    request.extensions["elevenlabs_ext.max_retries"] = 0
    actions, _ = _drive(send_flow(request, RetryPolicy(max_retries=5)), [_response(503)])
    assert sum(isinstance(a, Send) for a in actions) == 1

    def body() -> Generator[bytes, None, None]:
        yield b"once"

    streaming = httpx.Request("POST", "https://api.elevenlabs.io/v1/x", content=body())
    actions, _ = _drive(send_flow(streaming, RetryPolicy(max_retries=5)), [_response(503)])
    assert sum(isinstance(a, Send) for a in actions) == 1


def test_failed_response_is_closed_before_sleeping() -> None:
    flow = send_flow(_request(), RetryPolicy())
    assert isinstance(next(flow), Send)
    failed = _response(502)
    action = flow.send(failed)
    assert isinstance(action, Close) and action.response is failed
    assert isinstance(flow.send(None), Sleep)


def test_retry_after_date_in_the_past_does_not_wait_long() -> None:
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    actions, _ = _drive(send_flow(_request(), RetryPolicy()), [_response(503, {"retry-after": past}), _response(200)])
    assert [a.seconds for a in actions if isinstance(a, Sleep)] == [0.0]
