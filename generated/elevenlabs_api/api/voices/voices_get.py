from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.voice import Voice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    *,
    with_settings: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_settings"] = with_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | Voice | None:
    if response.status_code == 200:
        response_200 = Voice.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_settings: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | Voice]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_settings: bool | Unset = UNSET,
) -> ApiErrorResponse | HTTPValidationError | Voice | None:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | HTTPValidationError | Voice
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        with_settings=with_settings,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_settings: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | Voice]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_settings: bool | Unset = UNSET,
) -> ApiErrorResponse | HTTPValidationError | Voice | None:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | HTTPValidationError | Voice
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            with_settings=with_settings,
        )
    ).parsed
