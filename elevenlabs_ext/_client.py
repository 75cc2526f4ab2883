"""``ElevenLabs`` and ``AsyncElevenLabs``: configured clients for every generated endpoint.

They are valid ``client=`` arguments for ``sync``/``sync_detailed`` (``ElevenLabs``) and
``asyncio``/``asyncio_detailed`` (``AsyncElevenLabs``) of every endpoint module in
``elevenlabs_api.api``: those take any object with ``get_httpx_client`` (or
``get_async_httpx_client``), the generated ``SyncApiClient``/``AsyncApiClient`` protocols. What the
clients add lives in the httpx transport they install (``_transport.py``): the key, retries, typed
errors. They hold their httpx client instead of inheriting the generated ``AuthenticatedClient``,
so nothing (``set_httpx_client`` included) can swap in an httpx client without that transport,
and each offers only its own kind of httpx client to type checkers: a sync endpoint function
called with ``AsyncElevenLabs`` is a type error. The httpx client itself is built on first use,
so constructing a client costs next to nothing.
"""

from __future__ import annotations

import os
import threading
import weakref
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NoReturn, Self, TypeVar

import httpx

from ._auth import ApiKey, check_url_is_safe_for_key, resolve_api_key
from ._environment import Environment
from ._errors import ConfigurationError
from ._logging import configure_logging_from_env
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._transport import AsyncElevenLabsTransport, ElevenLabsTransport, guard_build_request
from ._version import __version__

__all__ = ["DEFAULT_TIMEOUT", "AsyncElevenLabs", "ElevenLabs"]

BASE_URL_ENV = "ELEVENLABS_BASE_URL"
# Generous read timeout: long speech-to-text or music requests answer only when done.
# It bounds each wait for data, not the whole request.
DEFAULT_TIMEOUT = httpx.Timeout(240.0, connect=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
_NOT_GIVEN: Any = object()
_SET_CLIENT = (
    "{name} keeps its own httpx client, whose transport adds the key, retries and typed errors; "
    "pass your httpx client as {name}(httpx_client=...) instead: its transports are wrapped, not replaced."
)


def _resolve_base_url(base_url: str | None, environment: Environment | str | None) -> httpx.URL:
    if base_url is not None and environment is not None:
        raise ConfigurationError("Pass either base_url= or environment=, not both.")
    if environment is not None:
        try:
            url = Environment(environment).base_url
        except ValueError:
            names = ", ".join(e.value for e in Environment)
            raise ConfigurationError(f"Unknown environment {environment!r}: expected one of {names}.") from None
    else:
        url = base_url or os.environ.get(BASE_URL_ENV) or Environment.PRODUCTION.base_url
    parsed = httpx.URL(url.rstrip("/"))
    if not parsed.host:
        raise ConfigurationError(f"base_url {url!r} has no host.")
    check_url_is_safe_for_key(parsed)
    return parsed


def _to_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if timeout <= 0:
        raise ConfigurationError(f"timeout must be positive, got {timeout!r}")
    return httpx.Timeout(timeout)


_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)


class _BaseElevenLabs(Generic[_HttpxClientT]):
    """Configuration and everything that is not I/O, shared by the sync and async clients."""

    _httpx_client_type: ClassVar[type[httpx.Client | httpx.AsyncClient]]
    _twin: ClassVar[str]

    _api_key: ApiKey
    _origin: httpx.URL
    _user_client: Any
    _pool: Any
    _owns_pool: bool
    _policy: RetryPolicy
    _request_timeout: httpx.Timeout
    _default_headers: dict[str, str]
    _http: _HttpxClientT | None
    _lock: threading.Lock
    # Open text-to-speech sockets (elevenlabs_ext._websockets register them);
    # closing the client closes them. Shared with clients derived by with_options().
    _sockets: weakref.WeakSet[Any]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        environment: Environment | str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: dict[str, str] | None = None,
        httpx_client: _HttpxClientT | None = None,
    ) -> None:
        configure_logging_from_env()
        key = resolve_api_key(api_key)
        origin = _resolve_base_url(base_url, environment)
        default_headers = {"user-agent": f"elevenlabs-ext/{__version__}", **(headers or {})}
        if any(name.lower() == "xi-api-key" for name in default_headers):
            raise ConfigurationError("Pass the key as api_key=, not as a header.")
        expected = self._httpx_client_type
        if httpx_client is not None and not isinstance(httpx_client, expected):
            raise ConfigurationError(
                f"httpx_client must be an httpx.{expected.__name__} (use {self._twin} for the other kind)."
            )
        self._init_settings(default_headers, _to_timeout(timeout))
        self._api_key = key
        self._origin = origin
        self._policy = RetryPolicy(max_retries=max_retries)
        self._lock = threading.Lock()
        self._sockets = weakref.WeakSet()
        self._user_client = httpx_client
        self._pool = None
        self._owns_pool = True

    def _init_settings(self, headers: dict[str, str], timeout: httpx.Timeout) -> None:
        self._http = None
        self._request_timeout = timeout
        self._default_headers = headers

    @property
    def raise_on_unexpected_status(self) -> bool:
        """Always False: error statuses already raise typed errors in the transport, and the
        ``_detailed`` functions return any other status as it came."""
        return False

    @property
    def base_url(self) -> str:
        return str(self._origin)

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._request_timeout

    def _derive(self, timeout: Any, max_retries: Any, headers: dict[str, str] | None) -> Self:
        clone = object.__new__(type(self))
        clone._init_settings(
            {**self._default_headers, **(headers or {})},
            self._request_timeout if timeout is _NOT_GIVEN else _to_timeout(timeout),
        )
        clone._api_key = self._api_key
        clone._origin = self._origin
        clone._policy = self._policy if max_retries is _NOT_GIVEN else RetryPolicy(max_retries=max_retries)
        clone._lock = threading.Lock()
        clone._sockets = self._sockets
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A client like this one that also sends ``headers`` (connection pool shared)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A client like this one with another timeout (connection pool shared)."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        raise NotImplementedError("The ElevenLabs API does not use cookies.")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
        headers: dict[str, str] | None = None,
    ) -> Self:
        """A client with other per-call settings that shares this one's connections.

        Closing the derived client leaves this one (and the shared pool) open::

            client.with_options(max_retries=0, timeout=5).get_httpx_client()
        """
        clone = self._derive(timeout, max_retries, headers)
        self._open()  # the pool must exist to be shared
        clone._user_client = None
        clone._pool = self._pool
        clone._owns_pool = False
        return clone

    def _open(self) -> Any:
        raise NotImplementedError

    def _wrap(self, inner: Any, *, owns: bool, direct: Any = None) -> Any:
        raise NotImplementedError

    def _adopt(self, user: Any) -> Any:
        """Keep a caller's httpx client (proxies, TLS, mounts) but put our policy under it."""
        self._pool = user._transport
        wrapped = self._wrap(user._transport, owns=True)
        for pattern, mounted in list(user._mounts.items()):
            if mounted is not None:
                # A proxy mount sends plain-http API requests (loopback only) direct, not via the proxy.
                user._mounts[pattern] = self._wrap(mounted, owns=True, direct=wrapped.inner)
        user._transport = wrapped
        user.base_url = self._origin
        user.headers.update(self._default_headers)
        user.timeout = self._request_timeout
        guard_build_request(user)
        return user

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds an API key and open connections; it cannot be pickled.")

    if not TYPE_CHECKING:  # exist at run time for a clear error; type checkers see no such methods

        def set_httpx_client(self, client: object) -> NoReturn:
            raise TypeError(_SET_CLIENT.format(name=type(self).__name__))

        def set_async_httpx_client(self, client: object) -> NoReturn:
            raise TypeError(_SET_CLIENT.format(name=type(self).__name__))


class ElevenLabs(_BaseElevenLabs[httpx.Client]):
    """The synchronous client.

    Pass it as ``client=`` to the ``sync``/``sync_detailed`` functions of any endpoint
    module, or to ``elevenlabs_ext.stream``/``paginate``::

        from elevenlabs_api.api.models import models_list
        from elevenlabs_ext import ElevenLabs

        with ElevenLabs() as client:  # key from ELEVENLABS_API_KEY
            for model in models_list.sync(client=client):
                print(model.model_id)

    Args:
        api_key: the key; defaults to ``ELEVENLABS_API_KEY``, read now.
        base_url: the API's URL, e.g. a local emulator's; defaults to ``ELEVENLABS_BASE_URL``,
            then production. A key is never sent over plain http except to loopback.
        environment: ``"production"``, ``"us"``, ``"eu"``, ``"in"`` or ``"sg"`` instead of base_url.
        timeout: seconds or an ``httpx.Timeout``; bounds each wait, not whole streams.
        max_retries: retries after the first attempt for 408, 409, 429, 5xx, connection
            errors and timeouts.
        headers: extra headers for every request.
        httpx_client: your own ``httpx.Client`` (proxies, TLS). Its transports are wrapped
            with this client's policy; you keep ownership and close it yourself.
    """

    _httpx_client_type = httpx.Client
    _twin = "AsyncElevenLabs"

    def _wrap(
        self, inner: httpx.BaseTransport, *, owns: bool, direct: httpx.BaseTransport | None = None
    ) -> ElevenLabsTransport:
        return ElevenLabsTransport(
            inner, api_key=self._api_key, origin=self._origin, policy=self._policy, owns_inner=owns, direct=direct
        )

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, with this client's transport installed."""
        if self._http is not None:
            return self._http
        with self._lock:
            if self._http is None:
                self._http = self._build_httpx_client()
        return self._http

    def _build_httpx_client(self) -> httpx.Client:
        if self._user_client is not None:
            return self._adopt(self._user_client)  # type: ignore[no-any-return]
        if self._pool is None:
            self._pool = httpx.HTTPTransport(limits=DEFAULT_LIMITS)
        client = httpx.Client(
            base_url=self._origin,
            headers=self._default_headers,
            timeout=self._request_timeout,
            transport=self._wrap(self._pool, owns=self._owns_pool),
            follow_redirects=False,
        )
        guard_build_request(client)
        return client

    def _open(self) -> httpx.Client:
        return self.get_httpx_client()

    if not TYPE_CHECKING:  # a clear error at run time; type checkers see no such method

        def get_async_httpx_client(self) -> NoReturn:
            raise TypeError(
                "ElevenLabs is the synchronous client: use AsyncElevenLabs with asyncio()/asyncio_detailed()."
            )

    def close(self) -> None:
        """Close the connections this client opened (not those of a caller's httpx_client),
        and its open sockets."""
        if self._owns_pool:
            for socket in list(self._sockets):
                socket.close()
        client, self._http = self._http, None
        if client is not None and client is not self._user_client:
            client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        raise TypeError("ElevenLabs is synchronous: use `with`, or AsyncElevenLabs with `async with`.")

    async def __aexit__(self, *args: object) -> None:
        raise TypeError("ElevenLabs is synchronous: use `with`, or AsyncElevenLabs with `async with`.")


class AsyncElevenLabs(_BaseElevenLabs[httpx.AsyncClient]):
    """The asynchronous client: the same arguments as ``ElevenLabs``, for ``asyncio`` calls.

    ::

        async with AsyncElevenLabs() as client:
            models = await models_list.asyncio(client=client)
    """

    _httpx_client_type = httpx.AsyncClient
    _twin = "ElevenLabs"

    def _wrap(
        self, inner: httpx.AsyncBaseTransport, *, owns: bool, direct: httpx.AsyncBaseTransport | None = None
    ) -> AsyncElevenLabsTransport:
        return AsyncElevenLabsTransport(
            inner, api_key=self._api_key, origin=self._origin, policy=self._policy, owns_inner=owns, direct=direct
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, with this client's transport installed."""
        if self._http is not None:
            return self._http
        with self._lock:
            if self._http is None:
                self._http = self._build_httpx_client()
        return self._http

    def _build_httpx_client(self) -> httpx.AsyncClient:
        if self._user_client is not None:
            return self._adopt(self._user_client)  # type: ignore[no-any-return]
        if self._pool is None:
            self._pool = httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        client = httpx.AsyncClient(
            base_url=self._origin,
            headers=self._default_headers,
            timeout=self._request_timeout,
            transport=self._wrap(self._pool, owns=self._owns_pool),
            follow_redirects=False,
        )
        guard_build_request(client)
        return client

    def _open(self) -> httpx.AsyncClient:
        return self.get_async_httpx_client()

    if not TYPE_CHECKING:  # a clear error at run time; type checkers see no such method

        def get_httpx_client(self) -> NoReturn:
            raise TypeError("AsyncElevenLabs is the asynchronous client: use ElevenLabs with sync()/sync_detailed().")

    async def aclose(self) -> None:
        """Close the connections this client opened (not those of a caller's httpx_client),
        and its open sockets."""
        if self._owns_pool:
            for socket in list(self._sockets):
                await socket.aclose()
        client, self._http = self._http, None
        if client is not None and client is not self._user_client:
            await client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __enter__(self) -> Self:
        raise TypeError("AsyncElevenLabs is asynchronous: use `async with`, or ElevenLabs with `with`.")

    def __exit__(self, *args: object) -> None:
        raise TypeError("AsyncElevenLabs is asynchronous: use `async with`, or ElevenLabs with `with`.")
