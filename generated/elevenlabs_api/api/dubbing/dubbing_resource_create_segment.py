from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_segment_create import DubbingSegmentCreate
from ...models.dubbing_segment_created import DubbingSegmentCreated
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dubbing_id: str,
    speaker_id: str,
    *,
    body: DubbingSegmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/segment".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingSegmentCreated | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = DubbingSegmentCreated.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentCreate,
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingSegmentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentCreate,
) -> DubbingSegmentCreated | HTTPValidationError | None:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingSegmentCreated | HTTPValidationError
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentCreate,
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingSegmentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        speaker_id=speaker_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DubbingSegmentCreate,
) -> DubbingSegmentCreated | HTTPValidationError | None:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingSegmentCreated | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    ).parsed
