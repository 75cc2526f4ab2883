from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_knowledge_base_document_type import (
    ConvaiKnowledgeBaseDocumentType,
)
from ...models.convai_knowledge_base_list import ConvaiKnowledgeBaseList
from ...models.http_validation_error import HTTPValidationError
from ...models.knowledge_base_sort_by import KnowledgeBaseSortBy
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    ancestor_folder_id: None | str | Unset = UNSET,
    folders_first: bool | Unset = False,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: KnowledgeBaseSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["show_only_owned_documents"] = show_only_owned_documents

    json_created_by_user_id: None | str | Unset
    if isinstance(created_by_user_id, Unset):
        json_created_by_user_id = UNSET
    else:
        json_created_by_user_id = created_by_user_id
    params["created_by_user_id"] = json_created_by_user_id

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

    json_parent_folder_id: None | str | Unset
    if isinstance(parent_folder_id, Unset):
        json_parent_folder_id = UNSET
    else:
        json_parent_folder_id = parent_folder_id
    params["parent_folder_id"] = json_parent_folder_id

    json_ancestor_folder_id: None | str | Unset
    if isinstance(ancestor_folder_id, Unset):
        json_ancestor_folder_id = UNSET
    else:
        json_ancestor_folder_id = ancestor_folder_id
    params["ancestor_folder_id"] = json_ancestor_folder_id

    params["folders_first"] = folders_first

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, str):
        json_sort_by = sort_by
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConvaiKnowledgeBaseList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiKnowledgeBaseList.from_dict(response.json())

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
) -> Response[ConvaiKnowledgeBaseList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiKnowledgeBaseList | HTTPValidationError]) -> ConvaiKnowledgeBaseList:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiKnowledgeBaseList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    ancestor_folder_id: None | str | Unset = UNSET,
    folders_first: bool | Unset = False,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: KnowledgeBaseSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiKnowledgeBaseList | HTTPValidationError]:
    """List knowledge base documents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        show_only_owned_documents (bool | Unset):
        created_by_user_id (None | str | Unset):
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        parent_folder_id (None | str | Unset):
        ancestor_folder_id (None | str | Unset):
        folders_first (bool | Unset):  Default: False.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (KnowledgeBaseSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        show_only_owned_documents=show_only_owned_documents,
        created_by_user_id=created_by_user_id,
        types=types,
        parent_folder_id=parent_folder_id,
        ancestor_folder_id=ancestor_folder_id,
        folders_first=folders_first,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    ancestor_folder_id: None | str | Unset = UNSET,
    folders_first: bool | Unset = False,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: KnowledgeBaseSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiKnowledgeBaseList:
    """List knowledge base documents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        show_only_owned_documents (bool | Unset):
        created_by_user_id (None | str | Unset):
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        parent_folder_id (None | str | Unset):
        ancestor_folder_id (None | str | Unset):
        folders_first (bool | Unset):  Default: False.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (KnowledgeBaseSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseList
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            search=search,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            parent_folder_id=parent_folder_id,
            ancestor_folder_id=ancestor_folder_id,
            folders_first=folders_first,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    ancestor_folder_id: None | str | Unset = UNSET,
    folders_first: bool | Unset = False,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: KnowledgeBaseSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiKnowledgeBaseList | HTTPValidationError]:
    """List knowledge base documents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        show_only_owned_documents (bool | Unset):
        created_by_user_id (None | str | Unset):
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        parent_folder_id (None | str | Unset):
        ancestor_folder_id (None | str | Unset):
        folders_first (bool | Unset):  Default: False.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (KnowledgeBaseSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        show_only_owned_documents=show_only_owned_documents,
        created_by_user_id=created_by_user_id,
        types=types,
        parent_folder_id=parent_folder_id,
        ancestor_folder_id=ancestor_folder_id,
        folders_first=folders_first,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    ancestor_folder_id: None | str | Unset = UNSET,
    folders_first: bool | Unset = False,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: KnowledgeBaseSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiKnowledgeBaseList:
    """List knowledge base documents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        show_only_owned_documents (bool | Unset):
        created_by_user_id (None | str | Unset):
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        parent_folder_id (None | str | Unset):
        ancestor_folder_id (None | str | Unset):
        folders_first (bool | Unset):  Default: False.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (KnowledgeBaseSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            search=search,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            parent_folder_id=parent_folder_id,
            ancestor_folder_id=ancestor_folder_id,
            folders_first=folders_first,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    )
