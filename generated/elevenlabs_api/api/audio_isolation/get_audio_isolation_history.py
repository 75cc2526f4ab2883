from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio-isolation/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAudioIsolationHistoryResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAudioIsolationHistoryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel | HTTPValidationError | None:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAudioIsolationHistoryResponseModel | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page=page,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel | HTTPValidationError | None:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAudioIsolationHistoryResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page=page,
            search=search,
        )
    ).parsed
