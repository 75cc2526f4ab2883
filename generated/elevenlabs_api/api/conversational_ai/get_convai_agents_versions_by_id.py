from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_version_metadata import AgentVersionMetadata
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    agent_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/versions/{version_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentVersionMetadata | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentVersionMetadata.from_dict(response.json())

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
) -> Response[AgentVersionMetadata | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentVersionMetadata | HTTPValidationError]:
    """Get the metadata of one agent version.

    Args:
        agent_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVersionMetadata | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentVersionMetadata | HTTPValidationError | None:
    """Get the metadata of one agent version.

    Args:
        agent_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVersionMetadata | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentVersionMetadata | HTTPValidationError]:
    """Get the metadata of one agent version.

    Args:
        agent_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVersionMetadata | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentVersionMetadata | HTTPValidationError | None:
    """Get the metadata of one agent version.

    Args:
        agent_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVersionMetadata | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
