from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
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


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiMcpToolList | HTTPValidationError | None:
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
    *, client: ApiClient, response: httpx.Response
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiMcpToolList | HTTPValidationError]) -> ConvaiMcpToolList:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiMcpToolList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    mcp_server_id: str,
    *,
    client: SyncApiClient,
    environment: str | Unset = "production",
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    environment: str | Unset = "production",
) -> ConvaiMcpToolList:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiMcpToolList
    """

    return _success(
        sync_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
            environment=environment,
        )
    )


async def asyncio_detailed(
    mcp_server_id: str,
    *,
    client: AsyncApiClient,
    environment: str | Unset = "production",
) -> Response[ConvaiMcpToolList | HTTPValidationError]:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    environment: str | Unset = "production",
) -> ConvaiMcpToolList:
    """Ask an MCP server which tools it offers.

    Args:
        mcp_server_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiMcpToolList
    """

    return _success(
        await asyncio_detailed(
            mcp_server_id=mcp_server_id,
            client=client,
            environment=environment,
        )
    )
