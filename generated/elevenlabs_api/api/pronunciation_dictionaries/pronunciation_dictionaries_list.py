from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.pronunciation_dictionaries_list_sort_type_0 import (
    PronunciationDictionariesListSortType0,
)
from ...models.pronunciation_dictionary_list import PronunciationDictionaryList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort: None | PronunciationDictionariesListSortType0 | Unset = "creation_time_unix",
    sort_direction: None | str | Unset = "DESCENDING",
    include_archived: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, str):
        json_sort = sort
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_sort_direction: None | str | Unset
    if isinstance(sort_direction, Unset):
        json_sort_direction = UNSET
    else:
        json_sort_direction = sort_direction
    params["sort_direction"] = json_sort_direction

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pronunciation-dictionaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | PronunciationDictionaryList | None:
    if response.status_code == 200:
        response_200 = PronunciationDictionaryList.from_dict(response.json())

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
) -> Response[HTTPValidationError | PronunciationDictionaryList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | PronunciationDictionaryList]) -> PronunciationDictionaryList:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PronunciationDictionaryList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort: None | PronunciationDictionariesListSortType0 | Unset = "creation_time_unix",
    sort_direction: None | str | Unset = "DESCENDING",
    include_archived: bool | Unset = True,
) -> Response[HTTPValidationError | PronunciationDictionaryList]:
    """List the pronunciation dictionaries the caller can see, a page at a time

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort (None | PronunciationDictionariesListSortType0 | Unset):  Default:
            'creation_time_unix'.
        sort_direction (None | str | Unset):  Default: 'DESCENDING'.
        include_archived (bool | Unset):  Default: True.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PronunciationDictionaryList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        sort=sort,
        sort_direction=sort_direction,
        include_archived=include_archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort: None | PronunciationDictionariesListSortType0 | Unset = "creation_time_unix",
    sort_direction: None | str | Unset = "DESCENDING",
    include_archived: bool | Unset = True,
) -> PronunciationDictionaryList:
    """List the pronunciation dictionaries the caller can see, a page at a time

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort (None | PronunciationDictionariesListSortType0 | Unset):  Default:
            'creation_time_unix'.
        sort_direction (None | str | Unset):  Default: 'DESCENDING'.
        include_archived (bool | Unset):  Default: True.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PronunciationDictionaryList
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            sort=sort,
            sort_direction=sort_direction,
            include_archived=include_archived,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort: None | PronunciationDictionariesListSortType0 | Unset = "creation_time_unix",
    sort_direction: None | str | Unset = "DESCENDING",
    include_archived: bool | Unset = True,
) -> Response[HTTPValidationError | PronunciationDictionaryList]:
    """List the pronunciation dictionaries the caller can see, a page at a time

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort (None | PronunciationDictionariesListSortType0 | Unset):  Default:
            'creation_time_unix'.
        sort_direction (None | str | Unset):  Default: 'DESCENDING'.
        include_archived (bool | Unset):  Default: True.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PronunciationDictionaryList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        sort=sort,
        sort_direction=sort_direction,
        include_archived=include_archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort: None | PronunciationDictionariesListSortType0 | Unset = "creation_time_unix",
    sort_direction: None | str | Unset = "DESCENDING",
    include_archived: bool | Unset = True,
) -> PronunciationDictionaryList:
    """List the pronunciation dictionaries the caller can see, a page at a time

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort (None | PronunciationDictionariesListSortType0 | Unset):  Default:
            'creation_time_unix'.
        sort_direction (None | str | Unset):  Default: 'DESCENDING'.
        include_archived (bool | Unset):  Default: True.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PronunciationDictionaryList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            sort=sort,
            sort_direction=sort_direction,
            include_archived=include_archived,
        )
    )
