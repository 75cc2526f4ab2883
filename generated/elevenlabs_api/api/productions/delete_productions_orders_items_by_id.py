from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.remove_order_item_response import RemoveOrderItemResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/productions/orders/{order_id}/items/{item_id}".format(
            order_id=quote(str(order_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | RemoveOrderItemResponse | None:
    if response.status_code == 200:
        response_200 = RemoveOrderItemResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RemoveOrderItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | RemoveOrderItemResponse]) -> RemoveOrderItemResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(RemoveOrderItemResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    order_id: str,
    item_id: str,
    *,
    client: SyncApiClient,
) -> Response[HTTPValidationError | RemoveOrderItemResponse]:
    """Remove an item from a production order.

    Args:
        order_id (str):
        item_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | RemoveOrderItemResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    item_id: str,
    *,
    client: SyncApiClient,
) -> RemoveOrderItemResponse:
    """Remove an item from a production order.

    Args:
        order_id (str):
        item_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        RemoveOrderItemResponse
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            item_id=item_id,
            client=client,
        )
    )


async def asyncio_detailed(
    order_id: str,
    item_id: str,
    *,
    client: AsyncApiClient,
) -> Response[HTTPValidationError | RemoveOrderItemResponse]:
    """Remove an item from a production order.

    Args:
        order_id (str):
        item_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | RemoveOrderItemResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    item_id: str,
    *,
    client: AsyncApiClient,
) -> RemoveOrderItemResponse:
    """Remove an item from a production order.

    Args:
        order_id (str):
        item_id (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        RemoveOrderItemResponse
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            item_id=item_id,
            client=client,
        )
    )
