from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_agent_create_request import ConvaiAgentCreateRequest
from ...models.convai_agent_created import ConvaiAgentCreated
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_versioning"] = enable_versioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiAgentCreated | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiAgentCreated.from_dict(response.json())

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
) -> Response[ConvaiAgentCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> Response[ConvaiAgentCreated | HTTPValidationError]:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiAgentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> ConvaiAgentCreated | HTTPValidationError | None:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiAgentCreated | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        enable_versioning=enable_versioning,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> Response[ConvaiAgentCreated | HTTPValidationError]:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiAgentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> ConvaiAgentCreated | HTTPValidationError | None:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiAgentCreated | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            enable_versioning=enable_versioning,
        )
    ).parsed
