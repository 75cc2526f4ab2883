from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_a_new_branch_v1_convai_agents_agent_id_branches_post import (
    BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
)
from ...models.create_agent_branch_response_model import CreateAgentBranchResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentBranchResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateAgentBranchResponseModel.from_dict(response.json())

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
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
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
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentBranchResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> CreateAgentBranchResponseModel | HTTPValidationError | None:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentBranchResponseModel | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentBranchResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost,
) -> CreateAgentBranchResponseModel | HTTPValidationError | None:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (BodyCreateANewBranchV1ConvaiAgentsAgentIdBranchesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentBranchResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
