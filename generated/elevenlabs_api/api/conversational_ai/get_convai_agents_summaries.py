from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_convai_agents_summaries_response_200 import GetConvaiAgentsSummariesResponse200
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    agent_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_ids = agent_ids

    params["agent_ids"] = json_agent_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetConvaiAgentsSummariesResponse200 | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetConvaiAgentsSummariesResponse200.from_dict(response.json())

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
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError],
) -> GetConvaiAgentsSummariesResponse200:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetConvaiAgentsSummariesResponse200, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    agent_ids: list[str],
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    agent_ids: list[str],
) -> GetConvaiAgentsSummariesResponse200:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConvaiAgentsSummariesResponse200
    """

    return _success(
        sync_detailed(
            client=client,
            agent_ids=agent_ids,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    agent_ids: list[str],
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    agent_ids: list[str],
) -> GetConvaiAgentsSummariesResponse200:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConvaiAgentsSummariesResponse200
    """

    return _success(
        await asyncio_detailed(
            client=client,
            agent_ids=agent_ids,
        )
    )
