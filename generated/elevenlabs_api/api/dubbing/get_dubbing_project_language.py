from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_language_list_response import DubbingLanguageListResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/project/{project_id}/language".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> DubbingLanguageListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingLanguageListResponse.from_dict(response.json())

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
) -> Response[DubbingLanguageListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[DubbingLanguageListResponse | HTTPValidationError]) -> DubbingLanguageListResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingLanguageListResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    project_id: str,
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
) -> Response[DubbingLanguageListResponse | HTTPValidationError]:
    """List the target languages of a dubbing project.

    Args:
        project_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 20.
        status (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingLanguageListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cursor=cursor,
        page_size=page_size,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
) -> DubbingLanguageListResponse:
    """List the target languages of a dubbing project.

    Args:
        project_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 20.
        status (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingLanguageListResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
) -> Response[DubbingLanguageListResponse | HTTPValidationError]:
    """List the target languages of a dubbing project.

    Args:
        project_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 20.
        status (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingLanguageListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cursor=cursor,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 20,
    status: None | str | Unset = UNSET,
) -> DubbingLanguageListResponse:
    """List the target languages of a dubbing project.

    Args:
        project_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 20.
        status (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingLanguageListResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
        )
    )
