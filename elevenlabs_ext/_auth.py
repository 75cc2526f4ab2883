"""The API key: where it comes from, how it is kept out of sight, where it may be sent."""

from __future__ import annotations

import ipaddress
import os

import httpx

from ._errors import ConfigurationError

__all__ = [
    "API_KEY_ENV",
    "ApiKey",
    "MaskedKey",
    "check_url_is_safe_for_key",
    "is_loopback",
    "resolve_api_key",
    "same_origin",
]

API_KEY_ENV = "ELEVENLABS_API_KEY"


class ApiKey:
    """Holds the key; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "ApiKey('***')"

    __str__ = __repr__

    def __reduce__(self) -> str:
        raise TypeError("an API key is not picklable")


class MaskedKey(str):
    """The key as a header value: a real ``str`` for a library to write on the wire, whose repr
    (in ``vars()``, tracebacks, debuggers) never shows it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> str:
        raise TypeError("an API key is not picklable")


def resolve_api_key(api_key: str | None) -> ApiKey:
    """The explicit key, else ``ELEVENLABS_API_KEY`` read now (at construction, not import)."""
    value = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if value is None:
        raise ConfigurationError(f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable.")
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError("The API key is empty.")
    if value != value.strip() or any(c in value for c in "\r\n\0"):
        raise ConfigurationError("The API key contains whitespace or control characters.")
    return ApiKey(value)


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine by itself: a literal loopback address (127.0.0.0/8,
    ::1) or ``localhost``. Other names under ``.localhost`` do not count: they are only names,
    and a resolver (or an attacker's DNS) may send them anywhere."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Whether two URLs share scheme, host and port (a default port written out or not)."""

    def origin(url: httpx.URL) -> tuple[str, str, int | None]:
        return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)

    return origin(a) == origin(b)


def check_url_is_safe_for_key(url: httpx.URL) -> None:
    """Refuse to send a key in clear text anywhere but this machine."""
    if url.scheme == "https":
        return
    if url.scheme == "http":
        if is_loopback(url.host):
            return
        raise ConfigurationError(
            f"Refusing to send the API key over plain http to {url.host!r}: "
            "use https, or a loopback address for local servers."
        )
    raise ConfigurationError(
        f"Unsupported URL scheme {url.scheme!r} in base_url: expected https (or http on loopback)."
    )
