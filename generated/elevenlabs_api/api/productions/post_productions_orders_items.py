from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upsert_order_item_v1_productions_orders_order_id_items_post import (
    BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.upsert_order_item_response import UpsertOrderItemResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/productions/orders/{order_id}/items".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UpsertOrderItemResponse | None:
    if response.status_code == 200:
        response_200 = UpsertOrderItemResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | UpsertOrderItemResponse]:
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> Response[HTTPValidationError | UpsertOrderItemResponse]:
    """Add or replace an item of a production order.

    Args:
        order_id (str):
        body (BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpsertOrderItemResponse]
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> HTTPValidationError | UpsertOrderItemResponse | None:
    """Add or replace an item of a production order.

    Args:
        order_id (str):
        body (BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpsertOrderItemResponse
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> Response[HTTPValidationError | UpsertOrderItemResponse]:
    """Add or replace an item of a production order.

    Args:
        order_id (str):
        body (BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpsertOrderItemResponse]
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
    body: BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost,
) -> HTTPValidationError | UpsertOrderItemResponse | None:
    """Add or replace an item of a production order.

    Args:
        order_id (str):
        body (BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpsertOrderItemResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
