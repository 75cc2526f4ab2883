"""httpx transports that carry the client's policy below every generated function.

``ElevenLabsTransport`` / ``AsyncElevenLabsTransport`` wrap a real transport and, for each
request: add the ``xi-api-key`` header (only for the API's own origin), run the retry flow
from ``_retry.py``, raise typed errors for error statuses, and translate errors raised while
the body is read into ``APIConnectionError``/``APITimeoutError``. So ``sync``,
``sync_detailed``, ``asyncio``, ``asyncio_detailed`` and the ext streams all behave alike.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._auth import ApiKey
from ._errors import APIConnectionError, APITimeoutError
from ._retry import Close, Read, RetryPolicy, Send, Sleep, send_flow

__all__ = ["AsyncElevenLabsTransport", "ElevenLabsTransport"]


def _map_transport_error(error: httpx.TransportError, request: httpx.Request | None) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Timed out reading the response: {error}", request=request)
    return APIConnectionError(f"Connection lost while reading the response: {error}", request=request)


class _SyncMappedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except httpx.TransportError as error:
            raise _map_transport_error(error, self._request) from error

    def close(self) -> None:
        self._inner.close()


class _AsyncMappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as error:
            raise _map_transport_error(error, self._request) from error

    async def aclose(self) -> None:
        await self._inner.aclose()


class _TransportBase:
    def __init__(self, *, api_key: ApiKey, origin: httpx.URL, policy: RetryPolicy, owns_inner: bool) -> None:
        self._api_key = api_key
        self._origin = origin
        self.policy = policy
        self._owns_inner = owns_inner

    def _authorize(self, request: httpx.Request) -> None:
        # The key goes only to the API's own origin (scheme, host and port): never to a
        # redirect target or an absolute URL somewhere else.
        url = request.url
        if (url.scheme, url.host, url.port) == (self._origin.scheme, self._origin.host, self._origin.port):
            request.headers["xi-api-key"] = self._api_key.reveal()
        else:
            # httpx copies the first request's headers into a redirect: drop the key there.
            request.headers.pop("xi-api-key", None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} origin={str(self._origin)!r} max_retries={self.policy.max_retries}>"


class ElevenLabsTransport(_TransportBase, httpx.BaseTransport):
    """Sync transport: auth, retries and typed errors around ``inner``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        api_key: ApiKey,
        origin: httpx.URL,
        policy: RetryPolicy,
        owns_inner: bool = True,
    ) -> None:
        super().__init__(api_key=api_key, origin=origin, policy=policy, owns_inner=owns_inner)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._authorize(request)
        flow = send_flow(request, self.policy)
        action = next(flow)
        while True:
            outcome: httpx.Response | Exception | None = None
            if isinstance(action, Send):
                try:
                    outcome = self.inner.handle_request(action.request)
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
                response.stream = _SyncMappedStream(response.stream, request)
                return response

    def close(self) -> None:
        if self._owns_inner:
            self.inner.close()


class AsyncElevenLabsTransport(_TransportBase, httpx.AsyncBaseTransport):
    """Async transport: auth, retries and typed errors around ``inner``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: ApiKey,
        origin: httpx.URL,
        policy: RetryPolicy,
        owns_inner: bool = True,
    ) -> None:
        super().__init__(api_key=api_key, origin=origin, policy=policy, owns_inner=owns_inner)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # here, not at the top: sync users should not pay for importing it

        self._authorize(request)
        flow = send_flow(request, self.policy)
        action = next(flow)
        while True:
            outcome: httpx.Response | Exception | None = None
            if isinstance(action, Send):
                try:
                    outcome = await self.inner.handle_async_request(action.request)
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
                response.stream = _AsyncMappedStream(response.stream, request)
                return response

    async def aclose(self) -> None:
        if self._owns_inner:
            await self.inner.aclose()
