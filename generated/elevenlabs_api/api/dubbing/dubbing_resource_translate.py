from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_resource_version import DubbingResourceVersion
from ...models.dubbing_segment_selection import DubbingSegmentSelection
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dubbing_id: str,
    *,
    body: DubbingSegmentSelection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/translate".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingResourceVersion | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingResourceVersion.from_dict(response.json())

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
) -> Response[DubbingResourceVersion | HTTPValidationError]:
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
    body: DubbingSegmentSelection,
) -> Response[DubbingResourceVersion | HTTPValidationError]:
    """Translate the text of some segments into some (or all) target languages

    Args:
        dubbing_id (str):
        body (DubbingSegmentSelection): Segments and languages to work on (translate or dub).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingResourceVersion | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentSelection,
) -> DubbingResourceVersion | HTTPValidationError | None:
    """Translate the text of some segments into some (or all) target languages

    Args:
        dubbing_id (str):
        body (DubbingSegmentSelection): Segments and languages to work on (translate or dub).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingResourceVersion | HTTPValidationError
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentSelection,
) -> Response[DubbingResourceVersion | HTTPValidationError]:
    """Translate the text of some segments into some (or all) target languages

    Args:
        dubbing_id (str):
        body (DubbingSegmentSelection): Segments and languages to work on (translate or dub).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingResourceVersion | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentSelection,
) -> DubbingResourceVersion | HTTPValidationError | None:
    """Translate the text of some segments into some (or all) target languages

    Args:
        dubbing_id (str):
        body (DubbingSegmentSelection): Segments and languages to work on (translate or dub).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingResourceVersion | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    ).parsed
