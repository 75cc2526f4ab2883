from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.post_productions_orders_media_form import PostProductionsOrdersMediaForm
from ...models.register_media_response import RegisterMediaResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: PostProductionsOrdersMediaForm,
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
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | RegisterMediaResponse]) -> RegisterMediaResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(RegisterMediaResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    order_id: str,
    *,
    client: SyncApiClient,
    body: PostProductionsOrdersMediaForm,
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (PostProductionsOrdersMediaForm):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: SyncApiClient,
    body: PostProductionsOrdersMediaForm,
) -> RegisterMediaResponse:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (PostProductionsOrdersMediaForm):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        RegisterMediaResponse
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    order_id: str,
    *,
    client: AsyncApiClient,
    body: PostProductionsOrdersMediaForm,
) -> Response[HTTPValidationError | RegisterMediaResponse]:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (PostProductionsOrdersMediaForm):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

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
    client: AsyncApiClient,
    body: PostProductionsOrdersMediaForm,
) -> RegisterMediaResponse:
    """Register a media file for a production order.

    Args:
        order_id (str):
        body (PostProductionsOrdersMediaForm):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        RegisterMediaResponse
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    )
