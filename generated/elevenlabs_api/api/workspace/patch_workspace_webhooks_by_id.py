from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_update_workspace_webhook_v1_workspace_webhooks_webhook_id_patch import (
    BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel
from ...types import Response


def _get_kwargs(
    webhook_id: str,
    *,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspace/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PatchWorkspaceWebhookResponseModel | None:
    if response.status_code == 200:
        response_200 = PatchWorkspaceWebhookResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> HTTPValidationError | PatchWorkspaceWebhookResponseModel | None:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PatchWorkspaceWebhookResponseModel
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch,
) -> HTTPValidationError | PatchWorkspaceWebhookResponseModel | None:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (BodyUpdateWorkspaceWebhookV1WorkspaceWebhooksWebhookIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PatchWorkspaceWebhookResponseModel
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed
