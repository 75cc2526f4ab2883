from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_turn_comment_request_model import AddTurnCommentRequestModel
from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    agentqa_ticket_id: str,
    *,
    body: AddTurnCommentRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/triage-tickets/{agentqa_ticket_id}/turn-comments".format(
            agentqa_ticket_id=quote(str(agentqa_ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentConversationTicketResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentConversationTicketResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddTurnCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConversationTicketResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agentqa_ticket_id=agentqa_ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddTurnCommentRequestModel,
) -> AgentConversationTicketResponseModel | HTTPValidationError | None:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConversationTicketResponseModel | HTTPValidationError
    """

    return sync_detailed(
        agentqa_ticket_id=agentqa_ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddTurnCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConversationTicketResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agentqa_ticket_id=agentqa_ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddTurnCommentRequestModel,
) -> AgentConversationTicketResponseModel | HTTPValidationError | None:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConversationTicketResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agentqa_ticket_id=agentqa_ticket_id,
            client=client,
            body=body,
        )
    ).parsed
