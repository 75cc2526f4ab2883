from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.agent_conversation_ticket_issue_type import (
    AgentConversationTicketIssueType,
)
from ...models.agent_conversation_ticket_source import (
    AgentConversationTicketSource,
)
from ...models.agent_conversation_ticket_status import (
    AgentConversationTicketStatus,
)
from ...models.get_agent_conversation_tickets_page_response_model import GetAgentConversationTicketsPageResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    page_size: int | Unset = 100,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_conversation_id: None | str | Unset
    if isinstance(conversation_id, Unset):
        json_conversation_id = UNSET
    else:
        json_conversation_id = conversation_id
    params["conversation_id"] = json_conversation_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_sources: list[str] | None | Unset
    if isinstance(sources, Unset):
        json_sources = UNSET
    elif isinstance(sources, list):
        json_sources = []
        for sources_type_0_item_data in sources:
            sources_type_0_item: str = sources_type_0_item_data
            json_sources.append(sources_type_0_item)

    else:
        json_sources = sources
    params["sources"] = json_sources

    json_owner_user_id: None | str | Unset
    if isinstance(owner_user_id, Unset):
        json_owner_user_id = UNSET
    else:
        json_owner_user_id = owner_user_id
    params["owner_user_id"] = json_owner_user_id

    json_assignee_user_id: None | str | Unset
    if isinstance(assignee_user_id, Unset):
        json_assignee_user_id = UNSET
    else:
        json_assignee_user_id = assignee_user_id
    params["assignee_user_id"] = json_assignee_user_id

    json_issue_type: None | str | Unset
    if isinstance(issue_type, Unset):
        json_issue_type = UNSET
    elif isinstance(issue_type, str):
        json_issue_type = issue_type
    else:
        json_issue_type = issue_type
    params["issue_type"] = json_issue_type

    json_label: None | str | Unset
    if isinstance(label, Unset):
        json_label = UNSET
    else:
        json_label = label
    params["label"] = json_label

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/triage-tickets".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetAgentConversationTicketsPageResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAgentConversationTicketsPageResponseModel.from_dict(response.json())

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
) -> Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError],
) -> GetAgentConversationTicketsPageResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetAgentConversationTicketsPageResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    page_size: int | Unset = 100,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError]:
    """List the triage tickets of an agent.

    Args:
        agent_id (str):
        page_size (int | Unset):  Default: 100.
        conversation_id (None | str | Unset):
        status (AgentConversationTicketStatus | None | Unset):
        sources (list[AgentConversationTicketSource] | None | Unset):
        owner_user_id (None | str | Unset):
        assignee_user_id (None | str | Unset):
        issue_type (AgentConversationTicketIssueType | None | Unset):
        label (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        conversation_id=conversation_id,
        status=status,
        sources=sources,
        owner_user_id=owner_user_id,
        assignee_user_id=assignee_user_id,
        issue_type=issue_type,
        label=label,
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
    page_size: int | Unset = 100,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentConversationTicketsPageResponseModel:
    """List the triage tickets of an agent.

    Args:
        agent_id (str):
        page_size (int | Unset):  Default: 100.
        conversation_id (None | str | Unset):
        status (AgentConversationTicketStatus | None | Unset):
        sources (list[AgentConversationTicketSource] | None | Unset):
        owner_user_id (None | str | Unset):
        assignee_user_id (None | str | Unset):
        issue_type (AgentConversationTicketIssueType | None | Unset):
        label (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAgentConversationTicketsPageResponseModel
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            conversation_id=conversation_id,
            status=status,
            sources=sources,
            owner_user_id=owner_user_id,
            assignee_user_id=assignee_user_id,
            issue_type=issue_type,
            label=label,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError]:
    """List the triage tickets of an agent.

    Args:
        agent_id (str):
        page_size (int | Unset):  Default: 100.
        conversation_id (None | str | Unset):
        status (AgentConversationTicketStatus | None | Unset):
        sources (list[AgentConversationTicketSource] | None | Unset):
        owner_user_id (None | str | Unset):
        assignee_user_id (None | str | Unset):
        issue_type (AgentConversationTicketIssueType | None | Unset):
        label (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAgentConversationTicketsPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        conversation_id=conversation_id,
        status=status,
        sources=sources,
        owner_user_id=owner_user_id,
        assignee_user_id=assignee_user_id,
        issue_type=issue_type,
        label=label,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentConversationTicketsPageResponseModel:
    """List the triage tickets of an agent.

    Args:
        agent_id (str):
        page_size (int | Unset):  Default: 100.
        conversation_id (None | str | Unset):
        status (AgentConversationTicketStatus | None | Unset):
        sources (list[AgentConversationTicketSource] | None | Unset):
        owner_user_id (None | str | Unset):
        assignee_user_id (None | str | Unset):
        issue_type (AgentConversationTicketIssueType | None | Unset):
        label (None | str | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAgentConversationTicketsPageResponseModel
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            conversation_id=conversation_id,
            status=status,
            sources=sources,
            owner_user_id=owner_user_id,
            assignee_user_id=assignee_user_id,
            issue_type=issue_type,
            label=label,
            cursor=cursor,
        )
    )
