from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[AgentConversationTicketResponseModel | HTTPValidationError],
) -> AgentConversationTicketResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(AgentConversationTicketResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agentqa_ticket_id: str,
    *,
    client: SyncApiClient,
    body: AddTurnCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: AddTurnCommentRequestModel,
) -> AgentConversationTicketResponseModel:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AgentConversationTicketResponseModel
    """

    return _success(
        sync_detailed(
            agentqa_ticket_id=agentqa_ticket_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    agentqa_ticket_id: str,
    *,
    client: AsyncApiClient,
    body: AddTurnCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HTTPValidationError]:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: AddTurnCommentRequestModel,
) -> AgentConversationTicketResponseModel:
    """Comment on one turn of a triage ticket's conversation.

    Args:
        agentqa_ticket_id (str):
        body (AddTurnCommentRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AgentConversationTicketResponseModel
    """

    return _success(
        await asyncio_detailed(
            agentqa_ticket_id=agentqa_ticket_id,
            client=client,
            body=body,
        )
    )
