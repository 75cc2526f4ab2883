"""Generated endpoint modules as the helpers that take one see them, for type checkers.

An endpoint module (``elevenlabs_api.api.<area>.<operation>``) satisfies these protocols
structurally, and ``P`` captures its own parameters, so a helper declared as
``stream(endpoint: RequestEndpoint[P], ..., *args: P.args, **params: P.kwargs)`` checks every
keyword against that endpoint: a misspelt or wrongly typed one is a type error, exactly as in a
direct ``endpoint.sync(...)`` call. The generated ``sync``/``asyncio`` return the success body,
so ``T_co`` is what the helper gets back. Nothing here runs any code: the protocols are only read
by type checkers (and ``isinstance`` is never used on them).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

__all__ = ["AsyncEndpoint", "DictionariesPage", "HistoryPage", "RequestEndpoint", "SyncEndpoint", "VoicesPage"]

P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)


class RequestEndpoint(Protocol[P]):
    """Any endpoint module: builds its request from the endpoint's parameters (no client)."""

    @property
    def _get_kwargs(self) -> Callable[P, dict[str, Any]]: ...


class SyncEndpoint(Protocol[P, T_co]):
    """An endpoint module called with a sync client; ``T_co`` is its success body."""

    @property
    def sync(self) -> Callable[P, T_co]: ...

    @property
    def sync_detailed(self) -> Callable[P, Any]: ...


class AsyncEndpoint(Protocol[P, T_co]):
    """An endpoint module called with an async client; ``T_co`` is its success body."""

    @property
    def asyncio(self) -> Callable[P, Coroutine[Any, Any, T_co]]: ...

    @property
    def asyncio_detailed(self) -> Callable[P, Coroutine[Any, Any, Any]]: ...


# The pages of the paginated endpoints, by the field that holds their items (``CursorSpec.items``).


class HistoryPage(Protocol[T_co]):
    @property
    def history(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...


class VoicesPage(Protocol[T_co]):
    @property
    def voices(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...


class DictionariesPage(Protocol[T_co]):
    @property
    def pronunciation_dictionaries(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...
