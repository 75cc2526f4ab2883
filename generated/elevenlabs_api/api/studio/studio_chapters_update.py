from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.studio_chapter_result import StudioChapterResult
from ...models.studio_chapter_update_request import StudioChapterUpdateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    chapter_id: str,
    *,
    body: StudioChapterUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects/{project_id}/chapters/{chapter_id}".format(
            project_id=quote(str(project_id), safe=""),
            chapter_id=quote(str(chapter_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | StudioChapterResult | None:
    if response.status_code == 200:
        response_200 = StudioChapterResult.from_dict(response.json())

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
) -> Response[HTTPValidationError | StudioChapterResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | StudioChapterResult]) -> StudioChapterResult:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(StudioChapterResult, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    project_id: str,
    chapter_id: str,
    *,
    client: SyncApiClient,
    body: StudioChapterUpdateRequest | Unset = UNSET,
) -> Response[HTTPValidationError | StudioChapterResult]:
    """Rename a chapter or replace its content.

    Args:
        project_id (str):
        chapter_id (str):
        body (StudioChapterUpdateRequest | Unset): Fields to change; null or absent ones stay.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | StudioChapterResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    chapter_id: str,
    *,
    client: SyncApiClient,
    body: StudioChapterUpdateRequest | Unset = UNSET,
) -> StudioChapterResult:
    """Rename a chapter or replace its content.

    Args:
        project_id (str):
        chapter_id (str):
        body (StudioChapterUpdateRequest | Unset): Fields to change; null or absent ones stay.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioChapterResult
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            chapter_id=chapter_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    project_id: str,
    chapter_id: str,
    *,
    client: AsyncApiClient,
    body: StudioChapterUpdateRequest | Unset = UNSET,
) -> Response[HTTPValidationError | StudioChapterResult]:
    """Rename a chapter or replace its content.

    Args:
        project_id (str):
        chapter_id (str):
        body (StudioChapterUpdateRequest | Unset): Fields to change; null or absent ones stay.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | StudioChapterResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        chapter_id=chapter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    chapter_id: str,
    *,
    client: AsyncApiClient,
    body: StudioChapterUpdateRequest | Unset = UNSET,
) -> StudioChapterResult:
    """Rename a chapter or replace its content.

    Args:
        project_id (str):
        chapter_id (str):
        body (StudioChapterUpdateRequest | Unset): Fields to change; null or absent ones stay.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioChapterResult
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            chapter_id=chapter_id,
            client=client,
            body=body,
        )
    )
