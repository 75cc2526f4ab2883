from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_language_response import DubbingLanguageResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.post_dubbing_project_language_request import PostDubbingProjectLanguageRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: PostDubbingProjectLanguageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/project/{project_id}/language".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> DubbingLanguageResponse | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = DubbingLanguageResponse.from_dict(response.json())

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
) -> Response[DubbingLanguageResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[DubbingLanguageResponse | HTTPValidationError]) -> DubbingLanguageResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 201:
        return cast(DubbingLanguageResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    project_id: str,
    *,
    client: SyncApiClient,
    body: PostDubbingProjectLanguageRequest,
) -> Response[DubbingLanguageResponse | HTTPValidationError]:
    """Add a target language to a dubbing project.

    Args:
        project_id (str):
        body (PostDubbingProjectLanguageRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingLanguageResponse | HTTPValidationError]
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
    client: SyncApiClient,
    body: PostDubbingProjectLanguageRequest,
) -> DubbingLanguageResponse:
    """Add a target language to a dubbing project.

    Args:
        project_id (str):
        body (PostDubbingProjectLanguageRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingLanguageResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncApiClient,
    body: PostDubbingProjectLanguageRequest,
) -> Response[DubbingLanguageResponse | HTTPValidationError]:
    """Add a target language to a dubbing project.

    Args:
        project_id (str):
        body (PostDubbingProjectLanguageRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingLanguageResponse | HTTPValidationError]
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
    client: AsyncApiClient,
    body: PostDubbingProjectLanguageRequest,
) -> DubbingLanguageResponse:
    """Add a target language to a dubbing project.

    Args:
        project_id (str):
        body (PostDubbingProjectLanguageRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingLanguageResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    )
