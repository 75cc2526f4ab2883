"""The names of the HTTP headers the API defines, in one place.

The client reads the response headers (errors, streams, long-form records) and the emulator
and the sockets write them; both sides take the names from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = [
    "API_KEY",
    "CHARACTER_COST",
    "HISTORY_ITEM_ID",
    "REQUEST_ID",
    "REQUEST_ID_HEADERS",
    "request_id",
]

API_KEY: Final = "xi-api-key"
"""The request header that carries the key."""

REQUEST_ID: Final = "request-id"
"""The id the API gives every response, for support tickets."""

REQUEST_ID_HEADERS: Final = (REQUEST_ID, "x-request-id")
"""Where a response may carry its request id, in the order they are looked at."""

CHARACTER_COST: Final = "character-cost"
"""Characters billed for a speech request."""

HISTORY_ITEM_ID: Final = "history-item-id"
"""The history item a speech request created."""


def request_id(headers: Mapping[str, str]) -> str | None:
    """The response's request id, from whichever of ``REQUEST_ID_HEADERS`` it carries."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None
