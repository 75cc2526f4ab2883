from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.voice_list import VoiceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    show_legacy: bool | None | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_show_legacy: bool | None | Unset
    if isinstance(show_legacy, Unset):
        json_show_legacy = UNSET
    else:
        json_show_legacy = show_legacy
    params["show_legacy"] = json_show_legacy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | VoiceList | None:
    if response.status_code == 200:
        response_200 = VoiceList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | HTTPValidationError | VoiceList]) -> VoiceList:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(VoiceList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    show_legacy: bool | None | Unset = False,
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    show_legacy: bool | None | Unset = False,
) -> VoiceList:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        VoiceList
    """

    return _success(
        sync_detailed(
            client=client,
            show_legacy=show_legacy,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    show_legacy: bool | None | Unset = False,
) -> Response[ApiErrorResponse | HTTPValidationError | VoiceList]:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoiceList]
    """

    kwargs = _get_kwargs(
        show_legacy=show_legacy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    show_legacy: bool | None | Unset = False,
) -> VoiceList:
    """List every voice the account can use

    Args:
        show_legacy (bool | None | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        VoiceList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            show_legacy=show_legacy,
        )
    )
