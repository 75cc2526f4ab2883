"""Iterate every item of a paginated endpoint, following its cursor (sync and async).

Each list endpoint pages its own way; a ``CursorSpec`` names the fields once, and one pure
``next_params`` step (shared by ``paginate`` and ``apaginate``) decides the next request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs, ElevenLabs

__all__ = ["CURSORS", "CursorSpec", "apaginate", "paginate"]


@attrs.frozen
class CursorSpec:
    """How one endpoint pages.

    Attributes:
        items: the response field holding the page's items.
        cursor_param: the request parameter that asks for the next page.
        next_cursor: the response field with the value for ``cursor_param``; None for
            page-number endpoints, whose ``cursor_param`` is incremented instead.
        has_more: the response field that says whether another page exists.
    """

    items: str
    cursor_param: str
    next_cursor: str | None
    has_more: str = "has_more"

    def next_params(self, params: dict[str, Any], page: Any) -> dict[str, Any] | None:
        """The parameters of the next request, or None when this was the last page."""
        if not getattr(page, self.has_more, False):
            return None
        if self.next_cursor is None:
            return {**params, self.cursor_param: int(params.get(self.cursor_param) or 0) + 1}
        cursor = getattr(page, self.next_cursor, None)
        if not isinstance(cursor, str | int) or cursor in ("", params.get(self.cursor_param)):
            # has_more without a usable new cursor would loop forever; stop instead.
            return None
        return {**params, self.cursor_param: cursor}


# Keyed by route: (method, path template). Module names may change when the package is
# regenerated from another spec; the route an endpoint calls does not.
CURSORS: dict[tuple[str, str], CursorSpec] = {
    ("GET", "/v1/history"): CursorSpec(
        items="history", cursor_param="start_after_history_item_id", next_cursor="last_history_item_id"
    ),
    ("GET", "/v2/voices"): CursorSpec(items="voices", cursor_param="next_page_token", next_cursor="next_page_token"),
    ("GET", "/v1/shared-voices"): CursorSpec(items="voices", cursor_param="page", next_cursor=None),
    ("GET", "/v1/pronunciation-dictionaries"): CursorSpec(
        items="pronunciation_dictionaries", cursor_param="cursor", next_cursor="next_cursor"
    ),
}


def _matches(template: str, path: str) -> bool:
    """Whether ``path`` (parameters filled in, each quoted into one segment) fits ``template``."""
    want, got = template.strip("/").split("/"), path.strip("/").split("/")
    if len(want) != len(got):
        return False
    return all(w == g or (w.startswith("{") and w.endswith("}")) for w, g in zip(want, got, strict=True))


def _spec_for(
    endpoint: ModuleType, cursor: CursorSpec | None, params: dict[str, Any], args: tuple[Any, ...] = ()
) -> CursorSpec:
    """The cursor of the route ``endpoint`` calls (or ``cursor``, when given).

    ``args``/``params`` are the call's own arguments (``client=`` among them or not).
    """
    if cursor is not None:
        return cursor
    get_kwargs = getattr(endpoint, "_get_kwargs", None)
    if get_kwargs is None:
        raise TypeError(f"{getattr(endpoint, '__name__', endpoint)!r} is not a generated endpoint module")
    # The endpoint builds its own request: its method and URL say which route it is.
    request = get_kwargs(*args, **{name: value for name, value in params.items() if name != "client"})
    method, path = str(request["method"]).upper(), str(request["url"]).split("?", 1)[0]
    # Literal segments first, so /v1/x/settings wins over /v1/x/{id}.
    for (route_method, template), spec in sorted(CURSORS.items(), key=lambda entry: entry[0][1].count("{")):
        if route_method == method and _matches(template, path):
            return spec
    raise ValueError(f"{method} {path} is not a known paginated endpoint; pass cursor=CursorSpec(...)")


def paginate(
    endpoint: ModuleType, *, client: ElevenLabs, cursor: CursorSpec | None = None, **params: Any
) -> Iterator[Any]:
    """Every item of every page, fetched lazily, page after page::

    for item in paginate(history_list, client=client, page_size=100):
        print(item.history_item_id)
    """
    spec = _spec_for(endpoint, cursor, params)
    next_params: dict[str, Any] | None = params
    while next_params is not None:
        page = endpoint.sync_detailed(client=client, **next_params).parsed
        yield from getattr(page, spec.items)
        next_params = spec.next_params(next_params, page)


async def apaginate(
    endpoint: ModuleType, *, client: AsyncElevenLabs, cursor: CursorSpec | None = None, **params: Any
) -> AsyncIterator[Any]:
    """Async twin of ``paginate``: ``async for voice in apaginate(voices_search, client=client)``."""
    spec = _spec_for(endpoint, cursor, params)
    next_params: dict[str, Any] | None = params
    while next_params is not None:
        page = (await endpoint.asyncio_detailed(client=client, **next_params)).parsed
        for item in getattr(page, spec.items):
            yield item
        next_params = spec.next_params(next_params, page)
