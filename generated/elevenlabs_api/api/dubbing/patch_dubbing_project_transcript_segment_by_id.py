from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_segment_update_request import DubbingSegmentUpdateRequest
from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    segment_id: str,
    *,
    body: DubbingSegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/dubbing/project/{project_id}/transcript/segment/{segment_id}".format(
            project_id=quote(str(project_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> DubbingSourceSegmentUpdateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingSourceSegmentUpdateResponse.from_dict(response.json())

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
) -> Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError],
) -> DubbingSourceSegmentUpdateResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingSourceSegmentUpdateResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: SyncApiClient,
    body: DubbingSegmentUpdateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError]:
    """Edit one segment of a dubbing project's source transcript.

    Args:
        project_id (str):
        segment_id (str):
        body (DubbingSegmentUpdateRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    segment_id: str,
    *,
    client: SyncApiClient,
    body: DubbingSegmentUpdateRequest,
) -> DubbingSourceSegmentUpdateResponse:
    """Edit one segment of a dubbing project's source transcript.

    Args:
        project_id (str):
        segment_id (str):
        body (DubbingSegmentUpdateRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingSourceSegmentUpdateResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    segment_id: str,
    *,
    client: AsyncApiClient,
    body: DubbingSegmentUpdateRequest,
) -> Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError]:
    """Edit one segment of a dubbing project's source transcript.

    Args:
        project_id (str):
        segment_id (str):
        body (DubbingSegmentUpdateRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingSourceSegmentUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        segment_id=segment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    segment_id: str,
    *,
    client: AsyncApiClient,
    body: DubbingSegmentUpdateRequest,
) -> DubbingSourceSegmentUpdateResponse:
    """Edit one segment of a dubbing project's source transcript.

    Args:
        project_id (str):
        segment_id (str):
        body (DubbingSegmentUpdateRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingSourceSegmentUpdateResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    )
