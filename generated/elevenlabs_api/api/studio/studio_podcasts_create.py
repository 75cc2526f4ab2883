from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.studio_podcast_request import StudioPodcastRequest
from ...models.studio_project_result import StudioProjectResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(safety_identifier, Unset):
        headers["safety-identifier"] = safety_identifier

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/podcasts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StudioProjectResult | None:
    if response.status_code == 200:
        response_200 = StudioProjectResult.from_dict(response.json())

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
) -> Response[HTTPValidationError | StudioProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StudioProjectResult]
    """

    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> HTTPValidationError | StudioProjectResult | None:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StudioProjectResult
    """

    return sync_detailed(
        client=client,
        body=body,
        safety_identifier=safety_identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StudioProjectResult]
    """

    kwargs = _get_kwargs(
        body=body,
        safety_identifier=safety_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> HTTPValidationError | StudioProjectResult | None:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StudioProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            safety_identifier=safety_identifier,
        )
    ).parsed
