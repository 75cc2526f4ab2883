from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[DubbingSegmentCreated | HTTPValidationError]) -> DubbingSegmentCreated:
    """The body of a documented success; any other status raises."""
    if response.status_code == 201:
        return cast(DubbingSegmentCreated, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: SyncApiClient,
    body: DubbingSegmentCreate,
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: DubbingSegmentCreate,
) -> DubbingSegmentCreated:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingSegmentCreated
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    speaker_id: str,
    *,
    client: AsyncApiClient,
    body: DubbingSegmentCreate,
) -> Response[DubbingSegmentCreated | HTTPValidationError]:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: DubbingSegmentCreate,
) -> DubbingSegmentCreated:
    """Add a segment to one speaker's track

    Args:
        dubbing_id (str):
        speaker_id (str):
        body (DubbingSegmentCreate): Timing (seconds) and optional texts of a new segment.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingSegmentCreated
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            client=client,
            body=body,
        )
    )
