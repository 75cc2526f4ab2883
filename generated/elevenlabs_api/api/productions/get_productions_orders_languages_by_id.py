from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.order_item_kind import OrderItemKind
from ...models.paired_languages_response import PairedLanguagesResponse
from ...models.single_languages_response import SingleLanguagesResponse
from ...types import Response


def _get_kwargs(
    order_item_kind: OrderItemKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/productions/orders/languages/{order_item_kind}".format(
            order_item_kind=quote(str(order_item_kind), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PairedLanguagesResponse | SingleLanguagesResponse:
            if isinstance(data, dict):
                if data.get("kind") == "pair":
                    componentsschemas_languages_response_type_0 = PairedLanguagesResponse.from_dict(data)

                    return componentsschemas_languages_response_type_0
                if data.get("kind") == "single":
                    componentsschemas_languages_response_type_1 = SingleLanguagesResponse.from_dict(data)

                    return componentsschemas_languages_response_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_languages_response_type_0 = PairedLanguagesResponse.from_dict(data)

                return componentsschemas_languages_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_languages_response_type_1 = SingleLanguagesResponse.from_dict(data)

            return componentsschemas_languages_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse],
) -> PairedLanguagesResponse | SingleLanguagesResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PairedLanguagesResponse | SingleLanguagesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    order_item_kind: OrderItemKind,
    *,
    client: SyncApiClient,
) -> Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse]:
    """List the languages a kind of production item offers.

    Args:
        order_item_kind (OrderItemKind):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse]
    """

    kwargs = _get_kwargs(
        order_item_kind=order_item_kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_item_kind: OrderItemKind,
    *,
    client: SyncApiClient,
) -> PairedLanguagesResponse | SingleLanguagesResponse:
    """List the languages a kind of production item offers.

    Args:
        order_item_kind (OrderItemKind):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PairedLanguagesResponse | SingleLanguagesResponse
    """

    return _success(
        sync_detailed(
            order_item_kind=order_item_kind,
            client=client,
        )
    )


async def asyncio_detailed(
    order_item_kind: OrderItemKind,
    *,
    client: AsyncApiClient,
) -> Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse]:
    """List the languages a kind of production item offers.

    Args:
        order_item_kind (OrderItemKind):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PairedLanguagesResponse | SingleLanguagesResponse]
    """

    kwargs = _get_kwargs(
        order_item_kind=order_item_kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_item_kind: OrderItemKind,
    *,
    client: AsyncApiClient,
) -> PairedLanguagesResponse | SingleLanguagesResponse:
    """List the languages a kind of production item offers.

    Args:
        order_item_kind (OrderItemKind):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PairedLanguagesResponse | SingleLanguagesResponse
    """

    return _success(
        await asyncio_detailed(
            order_item_kind=order_item_kind,
            client=client,
        )
    )
