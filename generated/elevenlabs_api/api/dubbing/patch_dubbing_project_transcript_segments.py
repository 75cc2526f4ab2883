from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest
from ...models.dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: DubbingBulkSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/transcript/segments".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingBulkSourceSegmentUpdateResponse.from_dict(response.json())

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
) -> Response[DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingBulkSegmentUpdateRequest,
) -> Response[DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError]:
    """Edit several segments of a dubbing project's source transcript at once.

    Args:
        project_id (str):
        body (DubbingBulkSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingBulkSegmentUpdateRequest,
) -> DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError | None:
    """Edit several segments of a dubbing project's source transcript at once.

    Args:
        project_id (str):
        body (DubbingBulkSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingBulkSegmentUpdateRequest,
) -> Response[DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError]:
    """Edit several segments of a dubbing project's source transcript at once.

    Args:
        project_id (str):
        body (DubbingBulkSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingBulkSegmentUpdateRequest,
) -> DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError | None:
    """Edit several segments of a dubbing project's source transcript at once.

    Args:
        project_id (str):
        body (DubbingBulkSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingBulkSourceSegmentUpdateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
