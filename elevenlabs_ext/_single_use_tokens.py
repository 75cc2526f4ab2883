"""Single-use tokens (``POST /v1/single-use-token/{token_type}``): a short-lived credential that
opens one socket, for a browser or a device that must never hold the API key.

The request goes through the client's own httpx client, so its transport's policy (key only to
the API's origin, retries, timeouts, error mapping) applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal, TypeAlias, get_args

import httpx

from ._errors import ResponseDecodeError, make_status_error
from ._retry import parse_retry_after

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs, ElevenLabs

__all__ = ["SingleUseTokenType", "acreate_single_use_token", "create_single_use_token"]

SingleUseTokenType: TypeAlias = Literal["realtime_scribe", "batch_scribe", "tts_websocket"]
_TOKEN_TYPES: Final = get_args(SingleUseTokenType)


def _path(token_type: str) -> str:
    if token_type not in _TOKEN_TYPES:
        raise ValueError(f"token_type must be one of {', '.join(_TOKEN_TYPES)}, got {token_type!r}")
    return f"/v1/single-use-token/{token_type}"


def _token(response: httpx.Response) -> str:
    if response.status_code >= 300:
        raise make_status_error(response, retry_after=parse_retry_after(response.headers))
    try:
        body = response.json()
    except ValueError:
        body = None
    token = body.get("token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        raise ResponseDecodeError("the single-use token response has no token", response=response)
    return token


def create_single_use_token(client: ElevenLabs, token_type: SingleUseTokenType) -> str:
    """A token that opens one socket of ``token_type`` (``"realtime_scribe"`` for
    ``RealtimeTranscriber(token=...)``) for a few minutes; hand it to the device instead of the key."""
    path = _path(token_type)
    response = client.get_httpx_client().post(path)
    response.read()
    return _token(response)


async def acreate_single_use_token(client: AsyncElevenLabs, token_type: SingleUseTokenType) -> str:
    """The async twin of ``create_single_use_token``."""
    path = _path(token_type)
    response = await client.get_async_httpx_client().post(path)
    await response.aread()
    return _token(response)
