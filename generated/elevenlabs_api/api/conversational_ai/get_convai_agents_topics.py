from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_agent_topics_response_model import GetAgentTopicsResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.sort_direction import SortDirection
from ...models.topic_sort_by import TopicSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = "conversations",
    sort_direction: SortDirection | Unset = "desc",
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = True,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_from_unix_secs: int | None | Unset
    if isinstance(from_unix_secs, Unset):
        json_from_unix_secs = UNSET
    else:
        json_from_unix_secs = from_unix_secs
    params["from_unix_secs"] = json_from_unix_secs

    json_to_unix_secs: int | None | Unset
    if isinstance(to_unix_secs, Unset):
        json_to_unix_secs = UNSET
    else:
        json_to_unix_secs = to_unix_secs
    params["to_unix_secs"] = json_to_unix_secs

    params["include_evaluation_criteria"] = include_evaluation_criteria

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/topics".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetAgentTopicsResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAgentTopicsResponseModel.from_dict(response.json())

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
) -> Response[GetAgentTopicsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[GetAgentTopicsResponseModel | HTTPValidationError]) -> GetAgentTopicsResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetAgentTopicsResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = "conversations",
    sort_direction: SortDirection | Unset = "desc",
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = True,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentTopicsResponseModel | HTTPValidationError]:
    """List the topics an agent's conversations cover.

    Args:
        agent_id (str):
        page_size (int | None | Unset):
        sort_by (TopicSortBy | Unset):  Default: 'conversations'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        from_unix_secs (int | None | Unset):
        to_unix_secs (int | None | Unset):
        include_evaluation_criteria (bool | Unset):  Default: True.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAgentTopicsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        from_unix_secs=from_unix_secs,
        to_unix_secs=to_unix_secs,
        include_evaluation_criteria=include_evaluation_criteria,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: SyncApiClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = "conversations",
    sort_direction: SortDirection | Unset = "desc",
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = True,
    cursor: None | str | Unset = UNSET,
) -> GetAgentTopicsResponseModel:
    """List the topics an agent's conversations cover.

    Args:
        agent_id (str):
        page_size (int | None | Unset):
        sort_by (TopicSortBy | Unset):  Default: 'conversations'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        from_unix_secs (int | None | Unset):
        to_unix_secs (int | None | Unset):
        include_evaluation_criteria (bool | Unset):  Default: True.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAgentTopicsResponseModel
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            from_unix_secs=from_unix_secs,
            to_unix_secs=to_unix_secs,
            include_evaluation_criteria=include_evaluation_criteria,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = "conversations",
    sort_direction: SortDirection | Unset = "desc",
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = True,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentTopicsResponseModel | HTTPValidationError]:
    """List the topics an agent's conversations cover.

    Args:
        agent_id (str):
        page_size (int | None | Unset):
        sort_by (TopicSortBy | Unset):  Default: 'conversations'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        from_unix_secs (int | None | Unset):
        to_unix_secs (int | None | Unset):
        include_evaluation_criteria (bool | Unset):  Default: True.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAgentTopicsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        from_unix_secs=from_unix_secs,
        to_unix_secs=to_unix_secs,
        include_evaluation_criteria=include_evaluation_criteria,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = "conversations",
    sort_direction: SortDirection | Unset = "desc",
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = True,
    cursor: None | str | Unset = UNSET,
) -> GetAgentTopicsResponseModel:
    """List the topics an agent's conversations cover.

    Args:
        agent_id (str):
        page_size (int | None | Unset):
        sort_by (TopicSortBy | Unset):  Default: 'conversations'.
        sort_direction (SortDirection | Unset):  Default: 'desc'.
        from_unix_secs (int | None | Unset):
        to_unix_secs (int | None | Unset):
        include_evaluation_criteria (bool | Unset):  Default: True.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAgentTopicsResponseModel
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            from_unix_secs=from_unix_secs,
            to_unix_secs=to_unix_secs,
            include_evaluation_criteria=include_evaluation_criteria,
            cursor=cursor,
        )
    )
