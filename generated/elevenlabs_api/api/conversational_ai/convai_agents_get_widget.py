from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_agent_widget import ConvaiAgentWidget
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    conversation_signature: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_conversation_signature: None | str | Unset
    if isinstance(conversation_signature, Unset):
        json_conversation_signature = UNSET
    else:
        json_conversation_signature = conversation_signature
    params["conversation_signature"] = json_conversation_signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/widget".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiAgentWidget | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiAgentWidget.from_dict(response.json())

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
) -> Response[ConvaiAgentWidget | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiAgentWidget | HTTPValidationError]) -> ConvaiAgentWidget:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiAgentWidget, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    conversation_signature: None | str | Unset = UNSET,
) -> Response[ConvaiAgentWidget | HTTPValidationError]:
    """Get the embeddable widget configuration of an agent.

    Args:
        agent_id (str):
        conversation_signature (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiAgentWidget | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        conversation_signature=conversation_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: SyncApiClient,
    conversation_signature: None | str | Unset = UNSET,
) -> ConvaiAgentWidget:
    """Get the embeddable widget configuration of an agent.

    Args:
        agent_id (str):
        conversation_signature (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentWidget
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            conversation_signature=conversation_signature,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    conversation_signature: None | str | Unset = UNSET,
) -> Response[ConvaiAgentWidget | HTTPValidationError]:
    """Get the embeddable widget configuration of an agent.

    Args:
        agent_id (str):
        conversation_signature (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiAgentWidget | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        conversation_signature=conversation_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    conversation_signature: None | str | Unset = UNSET,
) -> ConvaiAgentWidget:
    """Get the embeddable widget configuration of an agent.

    Args:
        agent_id (str):
        conversation_signature (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentWidget
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            conversation_signature=conversation_signature,
        )
    )
