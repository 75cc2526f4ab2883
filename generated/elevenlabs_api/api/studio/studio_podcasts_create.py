from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
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


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | StudioProjectResult | None:
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
    *, client: ApiClient, response: httpx.Response
) -> Response[HTTPValidationError | StudioProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | StudioProjectResult]) -> StudioProjectResult:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(StudioProjectResult, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> StudioProjectResult:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioProjectResult
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            safety_identifier=safety_identifier,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: StudioPodcastRequest,
    safety_identifier: None | str | Unset = UNSET,
) -> StudioProjectResult:
    """Start a Studio project that turns a text or web page into a podcast episode.

    Args:
        safety_identifier (None | str | Unset):
        body (StudioPodcastRequest): What the podcast is about, who speaks, and how long and
            polished it should be.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioProjectResult
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            safety_identifier=safety_identifier,
        )
    )
