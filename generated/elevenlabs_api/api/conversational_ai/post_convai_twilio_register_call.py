from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_register_a_twilio_call_and_return_twi_mlv1_convai_twilio_register_call_post import (
    BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/twilio/register-call",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
) -> Response[HTTPValidationError | str]:
    """Register an incoming Twilio call with an agent and get the TwiML to answer it.

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | str]
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
    body: BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
) -> HTTPValidationError | str | None:
    """Register an incoming Twilio call with an agent and get the TwiML to answer it.

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
) -> Response[HTTPValidationError | str]:
    """Register an incoming Twilio call with an agent and get the TwiML to answer it.

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost,
) -> HTTPValidationError | str | None:
    """Register an incoming Twilio call with an agent and get the TwiML to answer it.

    Args:
        body (BodyRegisterATwilioCallAndReturnTwiMLV1ConvaiTwilioRegisterCallPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
