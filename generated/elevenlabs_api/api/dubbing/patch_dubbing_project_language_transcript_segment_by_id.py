from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
from ...models.dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    body: DubbingTargetSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/language/{language_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            language_id=quote(str(language_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingTargetSegmentUpdateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingTargetSegmentUpdateResponse.from_dict(response.json())

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
) -> Response[DubbingTargetSegmentUpdateResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingTargetSegmentUpdateRequest,
) -> Response[DubbingTargetSegmentUpdateResponse | HTTPValidationError]:
    """Edit one segment of a translated transcript.

    Args:
        project_id (str):
        language_id (str):
        segment_id (str):
        body (DubbingTargetSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingTargetSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingTargetSegmentUpdateRequest,
) -> DubbingTargetSegmentUpdateResponse | HTTPValidationError | None:
    """Edit one segment of a translated transcript.

    Args:
        project_id (str):
        language_id (str):
        segment_id (str):
        body (DubbingTargetSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingTargetSegmentUpdateResponse | HTTPValidationError
    """

    return sync_detailed(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingTargetSegmentUpdateRequest,
) -> Response[DubbingTargetSegmentUpdateResponse | HTTPValidationError]:
    """Edit one segment of a translated transcript.

    Args:
        project_id (str):
        language_id (str):
        segment_id (str):
        body (DubbingTargetSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingTargetSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
        segment_id=segment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    language_id: str,
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingTargetSegmentUpdateRequest,
) -> DubbingTargetSegmentUpdateResponse | HTTPValidationError | None:
    """Edit one segment of a translated transcript.

    Args:
        project_id (str):
        language_id (str):
        segment_id (str):
        body (DubbingTargetSegmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingTargetSegmentUpdateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            language_id=language_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    ).parsed
