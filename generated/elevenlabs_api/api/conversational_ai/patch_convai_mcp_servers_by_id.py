from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_mcp_server import ConvaiMcpServer
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_server_config_update_request_model import MCPServerConfigUpdateRequestModel
from ...types import Response


def _get_kwargs(
    mcp_server_id: str,
    *,
    body: MCPServerConfigUpdateRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiMcpServer | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiMcpServer.from_dict(response.json())

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
) -> Response[ConvaiMcpServer | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MCPServerConfigUpdateRequestModel,
) -> Response[ConvaiMcpServer | HTTPValidationError]:
    """Change an MCP server's configuration.

    Args:
        mcp_server_id (str):
        body (MCPServerConfigUpdateRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiMcpServer | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MCPServerConfigUpdateRequestModel,
) -> ConvaiMcpServer | HTTPValidationError | None:
    """Change an MCP server's configuration.

    Args:
        mcp_server_id (str):
        body (MCPServerConfigUpdateRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiMcpServer | HTTPValidationError
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MCPServerConfigUpdateRequestModel,
) -> Response[ConvaiMcpServer | HTTPValidationError]:
    """Change an MCP server's configuration.

    Args:
        mcp_server_id (str):
        body (MCPServerConfigUpdateRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiMcpServer | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MCPServerConfigUpdateRequestModel,
) -> ConvaiMcpServer | HTTPValidationError | None:
    """Change an MCP server's configuration.

    Args:
        mcp_server_id (str):
        body (MCPServerConfigUpdateRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiMcpServer | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
            body=body,
        )
    ).parsed
