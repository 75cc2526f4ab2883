"""Exit codes, one per class of failure, and error messages written for people.

An error prints what happened, the API's own message, its code and request id (what
support asks for), and a hint, never a traceback (``--debug`` adds one).
"""

from __future__ import annotations

import enum
from typing import Final

from .._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    _describe,
)

__all__ = ["EXIT_CODES_HELP", "CliError", "ExitCode", "describe", "exit_code_for"]


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    BAD_INPUT = 4
    RATE_LIMIT = 5
    NETWORK = 6
    SERVER = 7
    PORT_UNAVAILABLE = 8
    INTERRUPTED = 130
    BROKEN_PIPE = 141


EXIT_CODES_HELP: Final = """\
exit codes:
  0    success
  1    any other failure (playback, a file that cannot be written, ...)
  2    bad command line or local input (unknown option, unreadable file, ...)
  3    authentication: no key, a rejected key, a key without permission, quota used up (401, 403)
  4    the API refused the request as invalid: unknown voice or model, bad text or format (400, 404, 409, 422)
  5    rate limited: too many requests or concurrent requests, after retrying (429)
  6    network: the API could not be reached, the connection broke or timed out
  7    the API failed (5xx, after retrying)
  8    emulator: its address or port cannot be used (already in use, or not allowed)
  130  interrupted (Ctrl-C)
  141  standard output was closed early (e.g. piped into head): the rest was not printed"""


class CliError(Exception):
    """A failure the command itself detected, with its exit code and an optional hint."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint


def exit_code_for(error: BaseException) -> ExitCode:
    if isinstance(error, CliError):
        return error.code
    if isinstance(error, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ExitCode.AUTH
    if isinstance(error, RateLimitError):
        return ExitCode.RATE_LIMIT
    if isinstance(error, InternalServerError):
        return ExitCode.SERVER
    if isinstance(error, APIStatusError):
        return ExitCode.BAD_INPUT if 400 <= error.status_code < 500 else ExitCode.ERROR
    if isinstance(error, APIConnectionError):
        return ExitCode.NETWORK
    if isinstance(error, ConfigurationError):
        return ExitCode.USAGE
    return ExitCode.ERROR


_TITLES: Final = {
    ExitCode.AUTH: "authentication failed",
    ExitCode.RATE_LIMIT: "rate limited",
    ExitCode.BAD_INPUT: "the API refused the request",
    ExitCode.SERVER: "the API failed",
}


def _status_lines(error: APIStatusError) -> tuple[str, list[str]]:
    code = exit_code_for(error)
    reason = error.response.reason_phrase or ""
    title = f"{_TITLES.get(code, 'API error')}: HTTP {error.status_code} {reason}".rstrip()
    api_code, message = _describe(error.body)
    details = []
    if message:
        details.append(f"message:    {message}")
    if error.code or api_code:
        details.append(f"code:       {error.code or api_code}")
    if error.request_id:
        details.append(f"request id: {error.request_id}")
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        details.append(f"retry after: {error.retry_after:g} s")
    hint = None
    if isinstance(error, AuthenticationError):
        hint = (
            "the account's character quota is used up"
            if (error.code or api_code) == "quota_exceeded"
            else "check ELEVENLABS_API_KEY or --api-key-file"
        )
    elif isinstance(error, PermissionDeniedError):
        hint = "the key lacks the permission this command needs"
    elif isinstance(error, RateLimitError):
        hint = "wait and run the command again (for speak, a lower --concurrency helps)"
    if hint:
        details.append(f"hint:       {hint}")
    return title, details


def describe(error: BaseException, *, prog: str = "elevenlabs-ext") -> list[str]:
    """The lines to print on standard error for ``error``."""
    if isinstance(error, APIStatusError):
        title, details = _status_lines(error)
    elif isinstance(error, APIConnectionError):
        where = f" {error.request.url.scheme}://{error.request.url.netloc.decode()}" if error.request else ""
        what = "timed out talking to" if isinstance(error, APITimeoutError) else "could not reach"
        cause = error.__cause__
        title = f"network: {what}{where or ' the API'}"
        details = [f"error:      {error}" + (f" ({cause})" if cause and str(cause) not in str(error) else "")]
        details.append("hint:       check your connection and --base-url/--environment")
    elif isinstance(error, CliError):
        title = str(error)
        details = [f"hint:       {error.hint}"] if error.hint else []
    elif isinstance(error, KeyboardInterrupt):
        title, details = "interrupted", []
    else:
        title, details = f"error: {error}" if str(error) else f"error: {type(error).__name__}", []
    notes = [f"note:       {note}" for note in getattr(error, "__notes__", ())]
    return [f"{prog}: {title}", *(f"  {line}" for line in [*details, *notes])]
