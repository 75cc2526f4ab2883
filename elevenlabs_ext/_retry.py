"""Retry and redirect policy as pure functions and a sans-I/O send loop shared by sync and async.

``send_flow`` is a generator that *describes* one logical request: it yields ``Send``,
``Sleep``, ``Close`` and ``Read`` actions and receives their outcomes. The sync and async
transports in ``_transport.py`` are small drivers that perform those actions, so the
policy (what to retry, how long to wait, which redirect to follow, which error to raise)
exists exactly once.

Redirects: a 3xx is never handed over as a success. One to the same origin is followed
(the key goes with it, since it is the API's own origin), at most ``MAX_REDIRECTS`` times
and never back to a URL already visited; 307/308 resend the method and body, 303 asks with
GET, 301/302 are followed for GET and HEAD only (for other methods browsers turn them into
a GET, which would silently drop the body). Anything else raises ``RedirectError``:
another origin (where the key must not go), a loop, too many hops, a body that cannot be
sent again. A 304 is passed through when the request was conditional.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Generator
from typing import Final

import attrs
import httpx

from ._auth import same_origin
from ._errors import APIConnectionError, APITimeoutError, make_status_error
from ._headers import request_id

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "MAX_REDIRECTS",
    "MAX_RETRY_AFTER",
    "Close",
    "Read",
    "RetryPolicy",
    "Send",
    "Sleep",
    "parse_retry_after",
    "send_flow",
]

logger = logging.getLogger("elevenlabs_ext")

DEFAULT_MAX_RETRIES: Final = 2
# The API may ask for a longer wait than any interactive caller should block for; past this
# we raise at once (with ``retry_after`` on the error) instead of sleeping.
MAX_RETRY_AFTER: Final = 60.0
RETRY_STATUSES: Final = frozenset({408, 409, 429})
MAX_RETRIES_EXTENSION: Final = "elevenlabs_ext.max_retries"
MAX_REDIRECTS: Final = 10
_CONDITIONAL_HEADERS: Final = ("if-none-match", "if-modified-since")


@attrs.frozen
class RetryPolicy:
    """How many times to retry and how long to wait between attempts."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = MAX_RETRY_AFTER

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {self.max_retries!r}")

    def should_retry_status(self, status: int) -> bool:
        return status in RETRY_STATUSES or status >= 500

    def backoff(self, retries_taken: int) -> float:
        """Exponential backoff with jitter that only shortens the wait (by up to 25 %)."""
        delay = min(self.initial_delay * 2 ** min(retries_taken, 30), self.max_delay)
        return float(delay * (1 - 0.25 * random.random()))


def _finite(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The wait the server asked for, in seconds: ``retry-after-ms``, then ``Retry-After``
    as seconds or as an HTTP date. None when absent or unreadable."""
    value = headers.get("retry-after-ms")
    if value is not None:
        milliseconds = _finite(value)
        if milliseconds is not None:
            return max(milliseconds / 1000, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _finite(value)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


@attrs.frozen
class Send:
    request: httpx.Request


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Close:
    response: httpx.Response


@attrs.frozen
class Read:
    response: httpx.Response


Action = Send | Sleep | Close | Read
Outcome = httpx.Response | Exception | None


def _replayable(request: httpx.Request) -> bool:
    # JSON and form bodies are ByteStreams. Multipart bodies re-render every field and
    # rewind each file on iteration, which works only if every file can seek (a pipe
    # cannot: a retry would upload it empty). A caller's own generator can be sent once.
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    if type(stream).__name__ != "MultipartStream":
        return False
    for field in getattr(stream, "fields", ()):
        file = getattr(field, "file", None)
        if file is None or isinstance(file, bytes | str):
            continue
        seekable = getattr(file, "seekable", None)
        if not callable(seekable) or not seekable():
            return False
    return True


def _redirect(request: httpx.Request, response: httpx.Response, visited: set[tuple[str, str]]) -> httpx.Request | str:
    """The request that follows ``response``'s redirect, or why it may not be followed."""
    location = response.headers.get("location")
    if not location:
        return "a redirect without a Location header"
    try:
        target = request.url.join(location)
    except httpx.InvalidURL:
        return f"a redirect to an invalid URL {location!r}"
    if not same_origin(target, request.url):
        return f"not followed to another origin ({target.scheme}://{target.netloc.decode()}), where the key must not go"
    status, method = response.status_code, request.method
    if status == 303 and method != "HEAD":
        method = "GET"
    elif status in (301, 302) and method not in ("GET", "HEAD"):
        return f"a {status} redirect of a {method} would be resent as GET without its body; not followed"
    elif status not in (301, 302, 303, 307, 308):
        return "not a redirect that can be followed"
    if (method, str(target)) in visited:
        return f"a redirect loop back to {target.path!r}"
    if len(visited) > MAX_REDIRECTS:
        return f"more than {MAX_REDIRECTS} redirects"
    headers = request.headers.copy()
    stream = request.stream
    if method != request.method:
        for name in ("content-length", "content-type", "transfer-encoding"):
            headers.pop(name, None)
        stream = httpx.ByteStream(b"")
    elif not _replayable(request):
        return "the request body cannot be sent again to the redirect target"
    return httpx.Request(method, target, headers=headers, stream=stream, extensions=request.extensions)


def send_flow(request: httpx.Request, policy: RetryPolicy) -> Generator[Action, Outcome, httpx.Response]:
    """Drive one request to a successful response, or raise the typed error.

    Protocol: the driver performs each yielded action and sends back its outcome: the
    response (or the ``httpx.TransportError`` raised) for ``Send``, None for the others.
    """
    override = request.extensions.get(MAX_RETRIES_EXTENSION)
    max_retries = policy.max_retries if override is None else int(override)
    retries_taken = 0
    visited = {(request.method, str(request.url))}
    while True:
        logger.debug("request %s %s (attempt %d)", request.method, request.url, retries_taken + 1)
        outcome = yield Send(request)
        can_retry = retries_taken < max_retries and _replayable(request)
        if isinstance(outcome, httpx.TransportError):
            if not can_retry:
                if isinstance(outcome, httpx.TimeoutException):
                    raise APITimeoutError(f"Request timed out: {outcome}", request=request) from outcome
                raise APIConnectionError(f"Connection error: {outcome}", request=request) from outcome
            delay = policy.backoff(retries_taken)
            logger.info("retrying %s %s in %.2fs after %s", request.method, request.url, delay, type(outcome).__name__)
        elif isinstance(outcome, httpx.Response):
            outcome.request = request  # a transport's response is not bound to its request yet
            status = outcome.status_code
            if 300 <= status < 400 and not (status == 304 and _is_conditional(request)):
                follow = _redirect(request, outcome, visited)
                if isinstance(follow, str):
                    yield Read(outcome)
                    raise make_status_error(outcome, note=follow)
                logger.info("following a %d redirect of %s %s to %s", status, request.method, request.url, follow.url)
                yield Close(outcome)
                visited.add((follow.method, str(follow.url)))
                request = follow
                continue
            if status < 400:
                logger.debug("response %d %s", status, _request_id(outcome))
                return outcome
            asked = parse_retry_after(outcome.headers)
            if can_retry and policy.should_retry_status(status) and (asked or 0) <= policy.max_retry_after:
                delay = asked if asked is not None else policy.backoff(retries_taken)
                logger.info(
                    "retrying %s %s in %.2fs after status %d (request id %s)",
                    request.method,
                    request.url,
                    delay,
                    status,
                    _request_id(outcome),
                )
                yield Close(outcome)
            else:
                yield Read(outcome)
                logger.debug("response %d %s", status, _request_id(outcome))
                raise make_status_error(outcome, retry_after=asked)
        else:
            raise TypeError(f"unexpected outcome {outcome!r}")  # a driver bug, not a network error
        yield Sleep(delay)
        retries_taken += 1


def _is_conditional(request: httpx.Request) -> bool:
    return any(name in request.headers for name in _CONDITIONAL_HEADERS)


def _request_id(response: httpx.Response) -> str:
    return request_id(response.headers) or "-"
