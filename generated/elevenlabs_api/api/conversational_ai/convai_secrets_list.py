from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_secret_list import ConvaiSecretList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    json_dependency_limit: int | None | Unset
    if isinstance(dependency_limit, Unset):
        json_dependency_limit = UNSET
    else:
        json_dependency_limit = dependency_limit
    params["dependency_limit"] = json_dependency_limit

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/secrets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiSecretList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiSecretList.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[ConvaiSecretList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiSecretList | HTTPValidationError]) -> ConvaiSecretList:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiSecretList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiSecretList | HTTPValidationError]:
    """List the workspace secrets (names and usage, never values).

    Args:
        page_size (int | None | Unset):
        dependency_limit (int | None | Unset):
        search (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiSecretList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        dependency_limit=dependency_limit,
        search=search,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiSecretList:
    """List the workspace secrets (names and usage, never values).

    Args:
        page_size (int | None | Unset):
        dependency_limit (int | None | Unset):
        search (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiSecretList
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiSecretList | HTTPValidationError]:
    """List the workspace secrets (names and usage, never values).

    Args:
        page_size (int | None | Unset):
        dependency_limit (int | None | Unset):
        search (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiSecretList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        dependency_limit=dependency_limit,
        search=search,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiSecretList:
    """List the workspace secrets (names and usage, never values).

    Args:
        page_size (int | None | Unset):
        dependency_limit (int | None | Unset):
        search (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiSecretList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )
    )
