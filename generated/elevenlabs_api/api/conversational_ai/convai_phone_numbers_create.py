from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_phone_created import ConvaiPhoneCreated
from ...models.convai_phone_sip_trunk_create import ConvaiPhoneSipTrunkCreate
from ...models.convai_phone_twilio_create import ConvaiPhoneTwilioCreate
from ...models.create_exotel_phone_number_request import CreateExotelPhoneNumberRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate | CreateExotelPhoneNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/phone-numbers",
    }

    if isinstance(body, ConvaiPhoneTwilioCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateExotelPhoneNumberRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiPhoneCreated | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiPhoneCreated.from_dict(response.json())

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
) -> Response[ConvaiPhoneCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate | CreateExotelPhoneNumberRequest,
) -> Response[ConvaiPhoneCreated | HTTPValidationError]:
    """Import a Twilio or SIP trunk phone number

    Args:
        body (ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate |
            CreateExotelPhoneNumberRequest): A number to import, from Twilio or over a SIP trunk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiPhoneCreated | HTTPValidationError]
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
    body: ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate | CreateExotelPhoneNumberRequest,
) -> ConvaiPhoneCreated | HTTPValidationError | None:
    """Import a Twilio or SIP trunk phone number

    Args:
        body (ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate |
            CreateExotelPhoneNumberRequest): A number to import, from Twilio or over a SIP trunk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiPhoneCreated | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate | CreateExotelPhoneNumberRequest,
) -> Response[ConvaiPhoneCreated | HTTPValidationError]:
    """Import a Twilio or SIP trunk phone number

    Args:
        body (ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate |
            CreateExotelPhoneNumberRequest): A number to import, from Twilio or over a SIP trunk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiPhoneCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate | CreateExotelPhoneNumberRequest,
) -> ConvaiPhoneCreated | HTTPValidationError | None:
    """Import a Twilio or SIP trunk phone number

    Args:
        body (ConvaiPhoneSipTrunkCreate | ConvaiPhoneTwilioCreate |
            CreateExotelPhoneNumberRequest): A number to import, from Twilio or over a SIP trunk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiPhoneCreated | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
