from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.voice_list import VoiceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    show_legacy: bool | None | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_show_legacy: bool | None | Unset
    if isinstance(show_legacy, Unset):
        json_show_legacy = UNSET
    else:
        json_show_legacy = show_legacy
    params["show_legacy"] = json_show_legacy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | VoiceList | None:
    if response.status_code == 200:
        response_200 = VoiceList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_legacy: bool | None | Unset = False,
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    show_legacy: bool | None | Unset = False,
) -> ApiErrorResponse | HTTPValidationError | VoiceList | None:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | HTTPValidationError | VoiceList
    """

    return sync_detailed(
        client=client,
        show_legacy=show_legacy,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_legacy: bool | None | Unset = False,
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    show_legacy: bool | None | Unset = False,
) -> ApiErrorResponse | HTTPValidationError | VoiceList | None:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | HTTPValidationError | VoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            show_legacy=show_legacy,
        )
    ).parsed
