from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.patch_workspace_webhook_response_model import PatchWorkspaceWebhookResponseModel
from ...models.patch_workspace_webhooks_by_id_request import PatchWorkspaceWebhooksByIdRequest
from ...types import Response


def _get_kwargs(
    webhook_id: str,
    *,
    body: PatchWorkspaceWebhooksByIdRequest,
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel],
) -> PatchWorkspaceWebhookResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PatchWorkspaceWebhookResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    webhook_id: str,
    *,
    client: SyncApiClient,
    body: PatchWorkspaceWebhooksByIdRequest,
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (PatchWorkspaceWebhooksByIdRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: PatchWorkspaceWebhooksByIdRequest,
) -> PatchWorkspaceWebhookResponseModel:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (PatchWorkspaceWebhooksByIdRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PatchWorkspaceWebhookResponseModel
    """

    return _success(
        sync_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AsyncApiClient,
    body: PatchWorkspaceWebhooksByIdRequest,
) -> Response[HTTPValidationError | PatchWorkspaceWebhookResponseModel]:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (PatchWorkspaceWebhooksByIdRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: PatchWorkspaceWebhooksByIdRequest,
) -> PatchWorkspaceWebhookResponseModel:
    """Change a workspace webhook.

    Args:
        webhook_id (str):
        body (PatchWorkspaceWebhooksByIdRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PatchWorkspaceWebhookResponseModel
    """

    return _success(
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    )
