from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.agent_sort_by import AgentSortBy
from ...models.http_validation_error import HTTPValidationError
from ...models.list_speech_engines_response import ListSpeechEnginesResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
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
        "url": "/v1/speech-engine",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | ListSpeechEnginesResponse | None:
    if response.status_code == 200:
        response_200 = ListSpeechEnginesResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ListSpeechEnginesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | ListSpeechEnginesResponse]) -> ListSpeechEnginesResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ListSpeechEnginesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    search: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ListSpeechEnginesResponse]:
    """List speech engines.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
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
        Response[HTTPValidationError | ListSpeechEnginesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
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
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ListSpeechEnginesResponse:
    """List speech engines.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
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
        ListSpeechEnginesResponse
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            search=search,
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
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ListSpeechEnginesResponse]:
    """List speech engines.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
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
        Response[HTTPValidationError | ListSpeechEnginesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
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
    sort_direction: SortDirection | Unset = "desc",
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> ListSpeechEnginesResponse:
    """List speech engines.

    Args:
        page_size (int | Unset):  Default: 30.
        search (None | str | Unset):
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
        ListSpeechEnginesResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            search=search,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    )
