from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: list[str],
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    agent_ids: list[str],
) -> GetConvaiAgentsSummariesResponse200 | HTTPValidationError | None:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConvaiAgentsSummariesResponse200 | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        agent_ids=agent_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: list[str],
) -> Response[GetConvaiAgentsSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    agent_ids: list[str],
) -> GetConvaiAgentsSummariesResponse200 | HTTPValidationError | None:
    """Get short summaries of several agents.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConvaiAgentsSummariesResponse200 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_ids=agent_ids,
        )
    ).parsed
