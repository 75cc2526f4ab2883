from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_phone_sip_trunk_number import ConvaiPhoneSipTrunkNumber
from ...models.convai_phone_twilio_number import ConvaiPhoneTwilioNumber
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/phone-numbers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber:
                if isinstance(data, dict):
                    if data.get("provider") == "twilio":
                        componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                        return componentsschemas_convai_phone_number_type_0
                    if data.get("provider") == "sip_trunk":
                        componentsschemas_convai_phone_number_type_1 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                        return componentsschemas_convai_phone_number_type_1

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                    return componentsschemas_convai_phone_number_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_phone_number_type_1 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                return componentsschemas_convai_phone_number_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]]:
    """List the phone numbers imported into the workspace

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber] | None:
    """List the phone numbers imported into the workspace

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]]:
    """List the phone numbers imported into the workspace

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber] | None:
    """List the phone numbers imported into the workspace

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
