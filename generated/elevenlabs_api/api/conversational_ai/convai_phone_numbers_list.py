from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_phone_sip_trunk_number import ConvaiPhoneSipTrunkNumber
from ...models.convai_phone_twilio_number import ConvaiPhoneTwilioNumber
from ...models.convai_telephony_provider import ConvaiTelephonyProvider
from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: ConvaiTelephonyProvider | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    elif isinstance(provider, str):
        json_provider = provider
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/phone-numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> (
    HTTPValidationError
    | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel:
                if isinstance(data, dict):
                    if data.get("provider") == "twilio":
                        componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                        return componentsschemas_convai_phone_number_type_0
                    if data.get("provider") == "exotel":
                        componentsschemas_convai_phone_number_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                        return componentsschemas_convai_phone_number_type_1
                    if data.get("provider") == "sip_trunk":
                        componentsschemas_convai_phone_number_type_2 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                        return componentsschemas_convai_phone_number_type_2

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                    return componentsschemas_convai_phone_number_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_phone_number_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                    return componentsschemas_convai_phone_number_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_phone_number_type_2 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                return componentsschemas_convai_phone_number_type_2

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
    *, client: ApiClient, response: httpx.Response
) -> Response[
    HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[
        HTTPValidationError
        | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
    ],
) -> list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(
            list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel],
            response.parsed,
        )
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    provider: ConvaiTelephonyProvider | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[
    HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
]:
    """List the phone numbers imported into the workspace

    Args:
        provider (ConvaiTelephonyProvider | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]]
    """

    kwargs = _get_kwargs(
        provider=provider,
        agent_id=agent_id,
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    provider: ConvaiTelephonyProvider | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]:
    """List the phone numbers imported into the workspace

    Args:
        provider (ConvaiTelephonyProvider | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
    """

    return _success(
        sync_detailed(
            client=client,
            provider=provider,
            agent_id=agent_id,
            branch_id=branch_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    provider: ConvaiTelephonyProvider | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[
    HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
]:
    """List the phone numbers imported into the workspace

    Args:
        provider (ConvaiTelephonyProvider | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]]
    """

    kwargs = _get_kwargs(
        provider=provider,
        agent_id=agent_id,
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    provider: ConvaiTelephonyProvider | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]:
    """List the phone numbers imported into the workspace

    Args:
        provider (ConvaiTelephonyProvider | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            provider=provider,
            agent_id=agent_id,
            branch_id=branch_id,
        )
    )
