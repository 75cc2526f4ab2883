from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
    BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.whats_app_outbound_message_response import WhatsAppOutboundMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/whatsapp/outbound-message",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WhatsAppOutboundMessageResponse | None:
    if response.status_code == 200:
        response_200 = WhatsAppOutboundMessageResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WhatsAppOutboundMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> Response[HTTPValidationError | WhatsAppOutboundMessageResponse]:
    """Have an agent send a WhatsApp message.

    Args:
        body (BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WhatsAppOutboundMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> HTTPValidationError | WhatsAppOutboundMessageResponse | None:
    """Have an agent send a WhatsApp message.

    Args:
        body (BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WhatsAppOutboundMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> Response[HTTPValidationError | WhatsAppOutboundMessageResponse]:
    """Have an agent send a WhatsApp message.

    Args:
        body (BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WhatsAppOutboundMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
) -> HTTPValidationError | WhatsAppOutboundMessageResponse | None:
    """Have an agent send a WhatsApp message.

    Args:
        body (BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WhatsAppOutboundMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
