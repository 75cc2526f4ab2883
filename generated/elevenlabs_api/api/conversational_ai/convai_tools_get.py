from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_tool import ConvaiTool
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tool_id: str,
    *,
    environment: str | Unset = "production",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiTool | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiTool.from_dict(response.json())

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
) -> Response[ConvaiTool | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> Response[ConvaiTool | HTTPValidationError]:
    """Get one tool.

    Args:
        tool_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiTool | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> ConvaiTool | HTTPValidationError | None:
    """Get one tool.

    Args:
        tool_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiTool | HTTPValidationError
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> Response[ConvaiTool | HTTPValidationError]:
    """Get one tool.

    Args:
        tool_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiTool | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: str | Unset = "production",
) -> ConvaiTool | HTTPValidationError | None:
    """Get one tool.

    Args:
        tool_id (str):
        environment (str | Unset):  Default: 'production'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiTool | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            environment=environment,
        )
    ).parsed
