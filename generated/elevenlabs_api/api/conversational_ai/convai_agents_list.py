from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.agent_sort_by import AgentSortBy
from ...models.api_error_response import ApiErrorResponse
from ...models.convai_agent_page import ConvaiAgentPage
from ...models.http_validation_error import HTTPValidationError
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = False,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
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

    json_archived: bool | None | Unset
    if isinstance(archived, Unset):
        json_archived = UNSET
    else:
        json_archived = archived
    params["archived"] = json_archived

    params["show_only_owned_agents"] = show_only_owned_agents

    json_created_by_user_id: None | str | Unset
    if isinstance(created_by_user_id, Unset):
        json_created_by_user_id = UNSET
    else:
        json_created_by_user_id = created_by_user_id
    params["created_by_user_id"] = json_created_by_user_id

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
        "url": "/v1/convai/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | ConvaiAgentPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiAgentPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]) -> ConvaiAgentPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiAgentPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = False,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]:
    """List agents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        archived (bool | None | Unset):  Default: False.
        show_only_owned_agents (bool | Unset):
        created_by_user_id (None | str | Unset):
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (AgentSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        archived=archived,
        show_only_owned_agents=show_only_owned_agents,
        created_by_user_id=created_by_user_id,
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
    archived: bool | None | Unset = False,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiAgentPage:
    """List agents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        archived (bool | None | Unset):  Default: False.
        show_only_owned_agents (bool | Unset):
        created_by_user_id (None | str | Unset):
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (AgentSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentPage
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            search=search,
            archived=archived,
            show_only_owned_agents=show_only_owned_agents,
            created_by_user_id=created_by_user_id,
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
    archived: bool | None | Unset = False,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]:
    """List agents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        archived (bool | None | Unset):  Default: False.
        show_only_owned_agents (bool | Unset):
        created_by_user_id (None | str | Unset):
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (AgentSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiAgentPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        archived=archived,
        show_only_owned_agents=show_only_owned_agents,
        created_by_user_id=created_by_user_id,
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
    archived: bool | None | Unset = False,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ConvaiAgentPage:
    """List agents, a page at a time.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
        archived (bool | None | Unset):  Default: False.
        show_only_owned_agents (bool | Unset):
        created_by_user_id (None | str | Unset):
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        sort_by (AgentSortBy | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            search=search,
            archived=archived,
            show_only_owned_agents=show_only_owned_agents,
            created_by_user_id=created_by_user_id,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    )
