from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_response_agent_branch_summary import ListResponseAgentBranchSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_archived"] = include_archived

    params["limit"] = limit

    params["include_commit_status"] = include_commit_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ListResponseAgentBranchSummary | None:
    if response.status_code == 200:
        response_200 = ListResponseAgentBranchSummary.from_dict(response.json())

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
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListResponseAgentBranchSummary]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> HTTPValidationError | ListResponseAgentBranchSummary | None:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListResponseAgentBranchSummary
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListResponseAgentBranchSummary]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> HTTPValidationError | ListResponseAgentBranchSummary | None:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListResponseAgentBranchSummary
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )
    ).parsed
