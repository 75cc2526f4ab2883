from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_register_media_v1_productions_orders_order_id_media_post import (
    BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.register_media_response import RegisterMediaResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders/{order_id}/media".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RegisterMediaResponse | None:
    if response.status_code == 200:
        response_200 = RegisterMediaResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterMediaResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> HTTPValidationError | RegisterMediaResponse | None:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterMediaResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterMediaResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost,
) -> HTTPValidationError | RegisterMediaResponse | None:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (BodyRegisterMediaV1ProductionsOrdersOrderIdMediaPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterMediaResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
