from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.media_generation_completed_response import MediaGenerationCompletedResponse
from ...models.media_generation_failed_response import MediaGenerationFailedResponse
from ...models.media_generation_in_progress_response import MediaGenerationInProgressResponse
from ...types import Response


def _get_kwargs(
    generation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/flows/video/{generation_id}".format(
            generation_id=quote(str(generation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> (
    HTTPValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse:
            if isinstance(data, dict):
                if data.get("status") in ("generating", "pending"):
                    componentsschemas_media_generation_response_type_0 = MediaGenerationInProgressResponse.from_dict(
                        data
                    )

                    return componentsschemas_media_generation_response_type_0
                if data.get("status") == "completed":
                    componentsschemas_media_generation_response_type_1 = MediaGenerationCompletedResponse.from_dict(
                        data
                    )

                    return componentsschemas_media_generation_response_type_1
                if data.get("status") == "failed":
                    componentsschemas_media_generation_response_type_2 = MediaGenerationFailedResponse.from_dict(data)

                    return componentsschemas_media_generation_response_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_media_generation_response_type_0 = MediaGenerationInProgressResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_media_generation_response_type_1 = MediaGenerationCompletedResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_media_generation_response_type_2 = MediaGenerationFailedResponse.from_dict(data)

            return componentsschemas_media_generation_response_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    HTTPValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[
        HTTPValidationError
        | MediaGenerationCompletedResponse
        | MediaGenerationFailedResponse
        | MediaGenerationInProgressResponse
    ],
) -> MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(
            MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse,
            response.parsed,
        )
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    generation_id: str,
    *,
    client: SyncApiClient,
) -> Response[
    HTTPValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
]:
    """Get a video generation and its status.

    Args:
        generation_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse]
    """

    kwargs = _get_kwargs(
        generation_id=generation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    generation_id: str,
    *,
    client: SyncApiClient,
) -> MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse:
    """Get a video generation and its status.

    Args:
        generation_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse
    """

    return _success(
        sync_detailed(
            generation_id=generation_id,
            client=client,
        )
    )


async def asyncio_detailed(
    generation_id: str,
    *,
    client: AsyncApiClient,
) -> Response[
    HTTPValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
]:
    """Get a video generation and its status.

    Args:
        generation_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse]
    """

    kwargs = _get_kwargs(
        generation_id=generation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    generation_id: str,
    *,
    client: AsyncApiClient,
) -> MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse:
    """Get a video generation and its status.

    Args:
        generation_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationCompletedResponse | MediaGenerationFailedResponse | MediaGenerationInProgressResponse
    """

    return _success(
        await asyncio_detailed(
            generation_id=generation_id,
            client=client,
        )
    )
