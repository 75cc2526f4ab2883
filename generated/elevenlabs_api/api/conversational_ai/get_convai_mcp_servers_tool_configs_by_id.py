from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_tool_config_override_output import MCPToolConfigOverrideOutput
from ...types import Response


def _get_kwargs(
    mcp_server_id: str,
    tool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | MCPToolConfigOverrideOutput | None:
    if response.status_code == 200:
        response_200 = MCPToolConfigOverrideOutput.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | MCPToolConfigOverrideOutput | None:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MCPToolConfigOverrideOutput
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | MCPToolConfigOverrideOutput | None:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MCPToolConfigOverrideOutput
    """

    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
        )
    ).parsed
