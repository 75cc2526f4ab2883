from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_a_new_speaker_v1_dubbing_resource_dubbing_id_speaker_post import (
    BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.speaker_created_response import SpeakerCreatedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dubbing_id: str,
    *,
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/speaker".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SpeakerCreatedResponse | None:
    if response.status_code == 200:
        response_200 = SpeakerCreatedResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
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
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SpeakerCreatedResponse]
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
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> HTTPValidationError | SpeakerCreatedResponse | None:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SpeakerCreatedResponse
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
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SpeakerCreatedResponse]
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
    body: BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset = UNSET,
) -> HTTPValidationError | SpeakerCreatedResponse | None:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (BodyCreateANewSpeakerV1DubbingResourceDubbingIdSpeakerPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SpeakerCreatedResponse
    """

    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    ).parsed
