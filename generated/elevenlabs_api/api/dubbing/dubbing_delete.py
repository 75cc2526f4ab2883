from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_deleted import DubbingDeleted
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dubbing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/dubbing/{dubbing_id}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingDeleted | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingDeleted.from_dict(response.json())

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
) -> Response[DubbingDeleted | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DubbingDeleted | HTTPValidationError]:
    """Delete a dubbing project

    Args:
        dubbing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingDeleted | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DubbingDeleted | HTTPValidationError | None:
    """Delete a dubbing project

    Args:
        dubbing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingDeleted | HTTPValidationError
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DubbingDeleted | HTTPValidationError]:
    """Delete a dubbing project

    Args:
        dubbing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingDeleted | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DubbingDeleted | HTTPValidationError | None:
    """Delete a dubbing project

    Args:
        dubbing_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingDeleted | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
        )
    ).parsed
