from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_sip_log_messages_response import GetSIPLogMessagesResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    phone_number_id: str,
    *,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/phone-numbers/{phone_number_id}/sip-messages".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetSIPLogMessagesResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetSIPLogMessagesResponse.from_dict(response.json())

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
) -> Response[GetSIPLogMessagesResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[GetSIPLogMessagesResponse | HTTPValidationError]) -> GetSIPLogMessagesResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetSIPLogMessagesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    phone_number_id: str,
    *,
    client: SyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSIPLogMessagesResponse | HTTPValidationError]:
    """List the SIP messages of a phone number.

    Args:
        phone_number_id (str):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetSIPLogMessagesResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: SyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GetSIPLogMessagesResponse:
    """List the SIP messages of a phone number.

    Args:
        phone_number_id (str):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetSIPLogMessagesResponse
    """

    return _success(
        sync_detailed(
            phone_number_id=phone_number_id,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSIPLogMessagesResponse | HTTPValidationError]:
    """List the SIP messages of a phone number.

    Args:
        phone_number_id (str):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetSIPLogMessagesResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GetSIPLogMessagesResponse:
    """List the SIP messages of a phone number.

    Args:
        phone_number_id (str):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetSIPLogMessagesResponse
    """

    return _success(
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    )
