from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput],
) -> MCPToolConfigOverrideOutput:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MCPToolConfigOverrideOutput, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: SyncApiClient,
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
) -> MCPToolConfigOverrideOutput:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MCPToolConfigOverrideOutput
    """

    return _success(
        sync_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
        )
    )


async def asyncio_detailed(
    mcp_server_id: str,
    tool_name: str,
    *,
    client: AsyncApiClient,
) -> Response[Any | HTTPValidationError | MCPToolConfigOverrideOutput]:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
) -> MCPToolConfigOverrideOutput:
    """Get the override of one MCP server tool.

    Args:
        mcp_server_id (str):
        tool_name (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MCPToolConfigOverrideOutput
    """

    return _success(
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            tool_name=tool_name,
            client=client,
        )
    )
