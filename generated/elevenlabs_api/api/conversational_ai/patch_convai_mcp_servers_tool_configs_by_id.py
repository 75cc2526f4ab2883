from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_mcp_server import ConvaiMcpServer
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_tool_config_override_update_request_model import MCPToolConfigOverrideUpdateRequestModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mcp_server_id: str,
    tool_name: str,
    *,
    body: MCPToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = "production",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/mcp-servers/{mcp_server_id}/tool-configs/{tool_name}".format(
            mcp_server_id=quote(str(mcp_server_id), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> Any | ConvaiMcpServer | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiMcpServer.from_dict(response.json())

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
    *, client: ApiClient, response: httpx.Response
) -> Response[Any | ConvaiMcpServer | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | ConvaiMcpServer | HTTPValidationError]) -> ConvaiMcpServer:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiMcpServer, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: SyncApiClient,
    body: MCPToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = "production",
) -> Response[Any | ConvaiMcpServer | HTTPValidationError]:
    """Change the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):
        environment (str | Unset):  Default: 'production'.
        body (MCPToolConfigOverrideUpdateRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | ConvaiMcpServer | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        body=body,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: SyncApiClient,
    body: MCPToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = "production",
) -> ConvaiMcpServer:
    """Change the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):
        environment (str | Unset):  Default: 'production'.
        body (MCPToolConfigOverrideUpdateRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiMcpServer
    """

    return _success(
        sync_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
            body=body,
            environment=environment,
        )
    )


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AsyncApiClient,
    body: MCPToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = "production",
) -> Response[Any | ConvaiMcpServer | HTTPValidationError]:
    """Change the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):
        environment (str | Unset):  Default: 'production'.
        body (MCPToolConfigOverrideUpdateRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | ConvaiMcpServer | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        mcp_server_id=mcp_server_id,
        tool_name=tool_name,
        body=body,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AsyncApiClient,
    body: MCPToolConfigOverrideUpdateRequestModel,
    environment: str | Unset = "production",
) -> ConvaiMcpServer:
    """Change the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):
        environment (str | Unset):  Default: 'production'.
        body (MCPToolConfigOverrideUpdateRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiMcpServer
    """

    return _success(
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
            body=body,
            environment=environment,
        )
    )
