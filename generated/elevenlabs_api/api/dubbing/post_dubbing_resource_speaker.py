from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.post_dubbing_resource_speaker_request import PostDubbingResourceSpeakerRequest
from ...models.speaker_created_response import SpeakerCreatedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dubbing_id: str,
    *,
    body: PostDubbingResourceSpeakerRequest | Unset = UNSET,
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | SpeakerCreatedResponse]) -> SpeakerCreatedResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(SpeakerCreatedResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    *,
    client: SyncApiClient,
    body: PostDubbingResourceSpeakerRequest | Unset = UNSET,
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (PostDubbingResourceSpeakerRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: PostDubbingResourceSpeakerRequest | Unset = UNSET,
) -> SpeakerCreatedResponse:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (PostDubbingResourceSpeakerRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        SpeakerCreatedResponse
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AsyncApiClient,
    body: PostDubbingResourceSpeakerRequest | Unset = UNSET,
) -> Response[HTTPValidationError | SpeakerCreatedResponse]:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (PostDubbingResourceSpeakerRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: PostDubbingResourceSpeakerRequest | Unset = UNSET,
) -> SpeakerCreatedResponse:
    """Add a speaker to a dubbing resource.

    Args:
        dubbing_id (str):
        body (PostDubbingResourceSpeakerRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        SpeakerCreatedResponse
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
            body=body,
        )
    )
