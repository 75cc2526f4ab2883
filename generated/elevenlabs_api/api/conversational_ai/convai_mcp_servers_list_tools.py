from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_mcp_tool_list import ConvaiMcpToolList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mcp_server_id: str,
    *,
    environment: str | Unset = "production",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tools".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiMcpToolList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiMcpToolList.from_dict(response.json())

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
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
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
    environment: str | Unset = "production",
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiMcpToolList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> ConvaiMcpToolList | HTTPValidationError | None:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiMcpToolList | HTTPValidationError
    """

    return sync_detailed(
        mcp_server_id=mcp_server_id,
        client=client,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiMcpToolList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mcp_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> ConvaiMcpToolList | HTTPValidationError | None:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiMcpToolList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
            environment=environment,
        )
    ).parsed
