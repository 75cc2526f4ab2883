from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_webhook_list import WorkspaceWebhookList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_usages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_usages"] = include_usages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceWebhookList | None:
    if response.status_code == 200:
        response_200 = WorkspaceWebhookList.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceWebhookList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_usages: bool | Unset = False,
) -> Response[HTTPValidationError | WorkspaceWebhookList]:
    """List the webhooks configured for the workspace

    Args:
        include_usages (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceWebhookList]
    """

    kwargs = _get_kwargs(
        include_usages=include_usages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_usages: bool | Unset = False,
) -> HTTPValidationError | WorkspaceWebhookList | None:
    """List the webhooks configured for the workspace

    Args:
        include_usages (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceWebhookList
    """

    return sync_detailed(
        client=client,
        include_usages=include_usages,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_usages: bool | Unset = False,
) -> Response[HTTPValidationError | WorkspaceWebhookList]:
    """List the webhooks configured for the workspace

    Args:
        include_usages (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceWebhookList]
    """

    kwargs = _get_kwargs(
        include_usages=include_usages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_usages: bool | Unset = False,
) -> HTTPValidationError | WorkspaceWebhookList | None:
    """List the webhooks configured for the workspace

    Args:
        include_usages (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceWebhookList
    """

    return (
        await asyncio_detailed(
            client=client,
            include_usages=include_usages,
        )
    ).parsed
