"""httpx transports that carry the client's policy below every generated function.

``ElevenLabsTransport`` / ``AsyncElevenLabsTransport`` wrap a real transport and, for each
request: add the ``xi-api-key`` header (only for the API's own origin, and only on a copy
that is sent, never on the request handed back), run the retry and redirect flow from
``_retry.py``, raise typed errors for error statuses, and translate errors raised while the
body is read into ``APIConnectionError``/``APITimeoutError``/``ResponseDecodeError`` (a
gzip or deflate body that is corrupt or cut short included). The response it hands back
raises ``ResponseDecodeError`` from ``json()`` when a success body is not JSON. So ``sync``,
``sync_detailed``, ``asyncio``, ``asyncio_detailed`` and the ext streams all behave alike.

Two checks sit just above the transport, on the httpx client (``guard_build_request``),
because httpx resolves ``.``/``..`` path segments away before the transport sees the URL.
A caller's client that uses a proxy sends plain-http API requests (loopback only) direct:
the key never crosses a proxy in clear text.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import unquote

import httpx

from ._auth import ApiKey, same_origin
from ._errors import APIConnectionError, APITimeoutError, ConfigurationError, InvalidRequestError, ResponseDecodeError
from ._headers import API_KEY
from ._retry import Close, Read, RetryPolicy, Send, Sleep, send_flow

__all__ = ["AsyncElevenLabsTransport", "ElevenLabsTransport", "guard_build_request", "refuse_dot_segments"]


def _map_transport_error(error: httpx.TransportError, request: httpx.Request | None) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Timed out reading the response: {error}", request=request)
    return APIConnectionError(f"Connection lost while reading the response: {error}", request=request)


class APIResponse(httpx.Response):
    """The response the transport hands back: ``json()`` raises ``ResponseDecodeError``
    naming the content type, instead of a bare ``json.JSONDecodeError``, when a success
    answer is not JSON (an HTML page from a proxy or a captive portal, ...)."""

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except (ValueError, RecursionError) as error:  # RecursionError: nested too deeply to read
            content_type = self.headers.get("content-type")
            preview = self.content[:80].decode("utf-8", "replace")
            raise ResponseDecodeError(
                f"The {self.status_code} answer to {self.request.method} {self.request.url.path} is not JSON "
                f"(content type {content_type!r}; it starts with {preview!r}): {error}",
                response=self,
                content_type=content_type,
            ) from error


class _EncodingCheck:
    """Follows a gzip or deflate body as it passes, so that one that is corrupt or ends
    before its end marker raises ``ResponseDecodeError`` instead of reaching the caller as if
    complete (httpx's decoders accept a cut stream, and raise their own error for a corrupt one)."""

    def __init__(self, response: httpx.Response, encoding: str) -> None:
        self._response = response
        self._encoding = encoding
        # deflate is zlib-wrapped by the standard, raw from some servers (httpx accepts both):
        # a wrong guess fails on the 2-byte zlib header, so only that much is kept to retry.
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
        self._wrapping_known = encoding == "gzip"
        self._start = b""

    @staticmethod
    def of(response: httpx.Response) -> _EncodingCheck | None:
        encoding: str = response.headers.get("content-encoding", "")
        encoding = encoding.strip().lower()
        return _EncodingCheck(response, encoding) if encoding in ("gzip", "deflate") else None

    def feed(self, data: bytes) -> None:
        try:
            self._inflate.decompress(data)
        except zlib.error as error:
            if not self._wrapping_known:
                self._wrapping_known = True
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self.feed(self._start + data)
                return
            raise self._error(f"its {self._encoding} content is corrupt ({error})") from error
        if not self._wrapping_known:
            self._start += data
            self._wrapping_known = len(self._start) >= 2

    def end(self) -> None:
        if not self._inflate.eof:
            raise self._error(f"its {self._encoding} content ended before its end marker: the body was cut short")

    def _error(self, why: str) -> ResponseDecodeError:
        request = self._response.request
        return ResponseDecodeError(
            f"The answer to {request.method} {request.url.path} could not be decoded: {why}",
            response=self._response,
            content_type=self._response.headers.get("content-type"),
        )


class _SyncMappedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, response: httpx.Response) -> None:
        self._inner = inner
        self._request = response.request
        self._check = _EncodingCheck.of(response)

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                if self._check is not None:
                    self._check.feed(chunk)
                yield chunk
        except httpx.TransportError as error:
            raise _map_transport_error(error, self._request) from error
        if self._check is not None:
            self._check.end()

    def close(self) -> None:
        self._inner.close()


class _AsyncMappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, response: httpx.Response) -> None:
        self._inner = inner
        self._request = response.request
        self._check = _EncodingCheck.of(response)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                if self._check is not None:
                    self._check.feed(chunk)
                yield chunk
        except httpx.TransportError as error:
            raise _map_transport_error(error, self._request) from error
        if self._check is not None:
            self._check.end()

    async def aclose(self) -> None:
        await self._inner.aclose()


def refuse_dot_segments(method: str, url: httpx.URL | str) -> None:
    """Refuse a URL with a ``.`` or ``..`` path segment before httpx resolves it away.

    A path parameter of ``..`` would otherwise turn ``DELETE /v1/history/..`` into
    ``DELETE /v1``: another resource than the one the call names.
    """
    raw = url if isinstance(url, str) else url.raw_path.decode("ascii", "replace")
    path = raw.split("?", 1)[0].split("#", 1)[0]
    if "." not in path:
        return
    for segment in path.split("/"):
        if unquote(segment) in (".", ".."):
            raise InvalidRequestError(
                f"Refusing to send {method.upper()} {path}: the path segment {segment!r} would make the URL "
                "name another resource. Check the path parameters (an id cannot be '.' or '..')."
            )


def guard_build_request(client: httpx.Client | httpx.AsyncClient) -> None:
    """Check every URL ``client`` builds with ``refuse_dot_segments``, before httpx merges it
    with the base URL (which is where it drops dot segments; the transport sees the result)."""
    build = client.build_request

    def build_request(method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        refuse_dot_segments(method, url)
        return build(method, url, **kwargs)

    client.build_request = build_request  # type: ignore[method-assign]


def _uses_proxy(transport: object) -> bool:
    pool = getattr(transport, "_pool", None)
    if pool is None:
        return False
    import httpcore  # here: httpx itself loads it only when a transport is made

    proxies = (httpcore.HTTPProxy, httpcore.SOCKSProxy, httpcore.AsyncHTTPProxy, httpcore.AsyncSOCKSProxy)
    return isinstance(pool, proxies)


def _api_response(response: httpx.Response) -> APIResponse:
    return APIResponse(
        response.status_code,
        headers=response.headers,
        stream=response.stream,
        extensions=response.extensions,
        request=response.request,
    )


class _TransportBase:
    def __init__(
        self, *, api_key: ApiKey, origin: httpx.URL, policy: RetryPolicy, owns_inner: bool, via_proxy: bool
    ) -> None:
        self._api_key = api_key
        self._origin = origin
        self.policy = policy
        self._owns_inner = owns_inner
        self._via_proxy = via_proxy

    def _is_api_origin(self, url: httpx.URL) -> bool:
        return same_origin(url, self._origin)

    def _keyed(self, request: httpx.Request) -> httpx.Request:
        """The request as sent: with the key for the API's own origin (scheme, host and port),
        on a copy, so the request that responses and errors hand back never holds it."""
        if not self._is_api_origin(request.url):
            request.headers.pop(API_KEY, None)  # never to another origin, whoever put it there
            return request
        if request.url.scheme == "http" and self._via_proxy:
            raise ConfigurationError(
                f"Refusing to send the API key over plain http through a proxy to {request.url.host!r}."
            )
        headers = request.headers.copy()
        headers[API_KEY] = self._api_key.reveal()
        return httpx.Request(
            request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} origin={str(self._origin)!r} max_retries={self.policy.max_retries}>"


class ElevenLabsTransport(_TransportBase, httpx.BaseTransport):
    """Sync transport: auth, retries, redirects and typed errors around ``inner``.

    ``direct``: for a caller's client whose ``inner`` is a proxy, the client's transport
    without the proxy; a plain-http request to the API origin (loopback only) goes there
    instead of through the proxy in clear text.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        api_key: ApiKey,
        origin: httpx.URL,
        policy: RetryPolicy,
        owns_inner: bool = True,
        direct: httpx.BaseTransport | None = None,
    ) -> None:
        via_proxy = _uses_proxy(inner) and direct is None
        super().__init__(api_key=api_key, origin=origin, policy=policy, owns_inner=owns_inner, via_proxy=via_proxy)
        self.inner = inner
        self._direct = direct if _uses_proxy(inner) else None

    def _route(self, request: httpx.Request) -> httpx.BaseTransport:
        if self._direct is not None and request.url.scheme == "http" and self._is_api_origin(request.url):
            return self._direct
        return self.inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = send_flow(request, self.policy)
        action = next(flow)
        while True:
            outcome: httpx.Response | Exception | None = None
            if isinstance(action, Send):
                sent = self._keyed(action.request)
                try:
                    outcome = self._route(sent).handle_request(sent)
                except httpx.TransportError as error:
                    outcome = error
            elif isinstance(action, Sleep):
                time.sleep(action.seconds)
            elif isinstance(action, Close):
                action.response.close()
            elif isinstance(action, Read):
                try:
                    action.response.read()
                except httpx.TransportError as error:
                    raise _map_transport_error(error, request) from error
                finally:
                    action.response.close()
            try:
                action = flow.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                assert isinstance(response.stream, httpx.SyncByteStream)
                response.stream = _SyncMappedStream(response.stream, response)
                return _api_response(response)

    def close(self) -> None:
        if self._owns_inner:
            self.inner.close()


class AsyncElevenLabsTransport(_TransportBase, httpx.AsyncBaseTransport):
    """Async transport: auth, retries, redirects and typed errors around ``inner``
    (``direct`` as for ``ElevenLabsTransport``)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: ApiKey,
        origin: httpx.URL,
        policy: RetryPolicy,
        owns_inner: bool = True,
        direct: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        via_proxy = _uses_proxy(inner) and direct is None
        super().__init__(api_key=api_key, origin=origin, policy=policy, owns_inner=owns_inner, via_proxy=via_proxy)
        self.inner = inner
        self._direct = direct if _uses_proxy(inner) else None

    def _route(self, request: httpx.Request) -> httpx.AsyncBaseTransport:
        if self._direct is not None and request.url.scheme == "http" and self._is_api_origin(request.url):
            return self._direct
        return self.inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here, not at the top: sync users should not pay for importing it

        flow = send_flow(request, self.policy)
        action = next(flow)
        while True:
            outcome: httpx.Response | Exception | None = None
            if isinstance(action, Send):
                sent = self._keyed(action.request)
                try:
                    outcome = await self._route(sent).handle_async_request(sent)
                except httpx.TransportError as error:
                    outcome = error
            elif isinstance(action, Sleep):
                await asyncio.sleep(action.seconds)
            elif isinstance(action, Close):
                await action.response.aclose()
            elif isinstance(action, Read):
                try:
                    await action.response.aread()
                except httpx.TransportError as error:
                    raise _map_transport_error(error, request) from error
                finally:
                    await action.response.aclose()
            try:
                action = flow.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                assert isinstance(response.stream, httpx.AsyncByteStream)
                response.stream = _AsyncMappedStream(response.stream, response)
                return _api_response(response)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self.inner.aclose()
