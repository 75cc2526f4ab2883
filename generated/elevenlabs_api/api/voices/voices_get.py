from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.voice import Voice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    *,
    with_settings: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_settings"] = with_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | Voice | None:
    if response.status_code == 200:
        response_200 = Voice.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | HTTPValidationError | Voice]) -> Voice:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(Voice, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: str,
    *,
    client: SyncApiClient,
    with_settings: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | Voice]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: SyncApiClient,
    with_settings: bool | Unset = UNSET,
) -> Voice:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Voice
    """

    return _success(
        sync_detailed(
            voice_id=voice_id,
            client=client,
            with_settings=with_settings,
        )
    )


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AsyncApiClient,
    with_settings: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | Voice]:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | Voice]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        with_settings=with_settings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AsyncApiClient,
    with_settings: bool | Unset = UNSET,
) -> Voice:
    """Get one voice with its samples, settings and sharing state

    Args:
        voice_id (str):
        with_settings (bool | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Voice
    """

    return _success(
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            with_settings=with_settings,
        )
    )
