from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_conversation_users_page_response_model import GetConversationUsersPageResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.sort_direction import SortDirection
from ...models.users_sort_by import UsersSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort_by: UsersSortBy | Unset = "last_contact_unix_secs",
    sort_direction: SortDirection | Unset = "desc",
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_call_start_before_unix: int | None | Unset
    if isinstance(call_start_before_unix, Unset):
        json_call_start_before_unix = UNSET
    else:
        json_call_start_before_unix = call_start_before_unix
    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset
    if isinstance(call_start_after_unix, Unset):
        json_call_start_after_unix = UNSET
    else:
        json_call_start_after_unix = call_start_after_unix
    params["call_start_after_unix"] = json_call_start_after_unix

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["page_size"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetConversationUsersPageResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetConversationUsersPageResponseModel.from_dict(response.json())

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
) -> Response[GetConversationUsersPageResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetConversationUsersPageResponseModel | HTTPValidationError],
) -> GetConversationUsersPageResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetConversationUsersPageResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort_by: UsersSortBy | Unset = "last_contact_unix_secs",
    sort_direction: SortDirection | Unset = "desc",
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationUsersPageResponseModel | HTTPValidationError]:
    """List the end users agents have talked to.

    Args:
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        search (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort_by (UsersSortBy | Unset):  Default: 'last_contact_unix_secs'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConversationUsersPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        search=search,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort_by: UsersSortBy | Unset = "last_contact_unix_secs",
    sort_direction: SortDirection | Unset = "desc",
    cursor: None | str | Unset = UNSET,
) -> GetConversationUsersPageResponseModel:
    """List the end users agents have talked to.

    Args:
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        search (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort_by (UsersSortBy | Unset):  Default: 'last_contact_unix_secs'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConversationUsersPageResponseModel
    """

    return _success(
        sync_detailed(
            client=client,
            agent_id=agent_id,
            branch_id=branch_id,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            search=search,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort_by: UsersSortBy | Unset = "last_contact_unix_secs",
    sort_direction: SortDirection | Unset = "desc",
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationUsersPageResponseModel | HTTPValidationError]:
    """List the end users agents have talked to.

    Args:
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        search (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort_by (UsersSortBy | Unset):  Default: 'last_contact_unix_secs'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConversationUsersPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        search=search,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    sort_by: UsersSortBy | Unset = "last_contact_unix_secs",
    sort_direction: SortDirection | Unset = "desc",
    cursor: None | str | Unset = UNSET,
) -> GetConversationUsersPageResponseModel:
    """List the end users agents have talked to.

    Args:
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        search (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        sort_by (UsersSortBy | Unset):  Default: 'last_contact_unix_secs'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConversationUsersPageResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            branch_id=branch_id,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            search=search,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            cursor=cursor,
        )
    )
