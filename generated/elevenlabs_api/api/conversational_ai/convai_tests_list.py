from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_test_page import ConvaiTestPage
from ...models.convai_tests_list_sort_mode import ConvaiTestsListSortMode
from ...models.http_validation_error import HTTPValidationError
from ...models.test_sharing_mode import TestSharingMode
from ...models.test_type import TestType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConvaiTestsListSortMode | Unset = "default",
    sharing_mode: TestSharingMode | Unset = "all",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_parent_folder_id: None | str | Unset
    if isinstance(parent_folder_id, Unset):
        json_parent_folder_id = UNSET
    else:
        json_parent_folder_id = parent_folder_id
    params["parent_folder_id"] = json_parent_folder_id

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = []
        for types_type_0_item_data in types:
            types_type_0_item: str = types_type_0_item_data
            json_types.append(types_type_0_item)

    else:
        json_types = types
    params["types"] = json_types

    json_include_folders: bool | None | Unset
    if isinstance(include_folders, Unset):
        json_include_folders = UNSET
    else:
        json_include_folders = include_folders
    params["include_folders"] = json_include_folders

    json_sort_mode: str | Unset = UNSET
    if not isinstance(sort_mode, Unset):
        json_sort_mode = sort_mode

    params["sort_mode"] = json_sort_mode

    json_sharing_mode: str | Unset = UNSET
    if not isinstance(sharing_mode, Unset):
        json_sharing_mode = sharing_mode

    params["sharing_mode"] = json_sharing_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agent-testing",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiTestPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiTestPage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[ConvaiTestPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiTestPage | HTTPValidationError]) -> ConvaiTestPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiTestPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConvaiTestsListSortMode | Unset = "default",
    sharing_mode: TestSharingMode | Unset = "all",
) -> Response[ConvaiTestPage | HTTPValidationError]:
    """List agent tests, a page at a time.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        parent_folder_id (None | str | Unset):
        types (list[TestType] | None | Unset):
        include_folders (bool | None | Unset):
        sort_mode (ConvaiTestsListSortMode | Unset):  Default: 'default'.
        sharing_mode (TestSharingMode | Unset):  Default: 'all'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiTestPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        search=search,
        parent_folder_id=parent_folder_id,
        types=types,
        include_folders=include_folders,
        sort_mode=sort_mode,
        sharing_mode=sharing_mode,
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
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConvaiTestsListSortMode | Unset = "default",
    sharing_mode: TestSharingMode | Unset = "all",
) -> ConvaiTestPage:
    """List agent tests, a page at a time.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        parent_folder_id (None | str | Unset):
        types (list[TestType] | None | Unset):
        include_folders (bool | None | Unset):
        sort_mode (ConvaiTestsListSortMode | Unset):  Default: 'default'.
        sharing_mode (TestSharingMode | Unset):  Default: 'all'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiTestPage
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            search=search,
            parent_folder_id=parent_folder_id,
            types=types,
            include_folders=include_folders,
            sort_mode=sort_mode,
            sharing_mode=sharing_mode,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConvaiTestsListSortMode | Unset = "default",
    sharing_mode: TestSharingMode | Unset = "all",
) -> Response[ConvaiTestPage | HTTPValidationError]:
    """List agent tests, a page at a time.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        parent_folder_id (None | str | Unset):
        types (list[TestType] | None | Unset):
        include_folders (bool | None | Unset):
        sort_mode (ConvaiTestsListSortMode | Unset):  Default: 'default'.
        sharing_mode (TestSharingMode | Unset):  Default: 'all'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiTestPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        search=search,
        parent_folder_id=parent_folder_id,
        types=types,
        include_folders=include_folders,
        sort_mode=sort_mode,
        sharing_mode=sharing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConvaiTestsListSortMode | Unset = "default",
    sharing_mode: TestSharingMode | Unset = "all",
) -> ConvaiTestPage:
    """List agent tests, a page at a time.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        parent_folder_id (None | str | Unset):
        types (list[TestType] | None | Unset):
        include_folders (bool | None | Unset):
        sort_mode (ConvaiTestsListSortMode | Unset):  Default: 'default'.
        sharing_mode (TestSharingMode | Unset):  Default: 'all'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiTestPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            search=search,
            parent_folder_id=parent_folder_id,
            types=types,
            include_folders=include_folders,
            sort_mode=sort_mode,
            sharing_mode=sharing_mode,
        )
    )
