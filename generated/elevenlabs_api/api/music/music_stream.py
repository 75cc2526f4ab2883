from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.music_stream_output_format import MusicStreamOutputFormat
from ...models.music_stream_request import MusicStreamRequest
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: MusicStreamRequest | Unset = UNSET,
    output_format: MusicStreamOutputFormat | Unset = "auto",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/stream",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[File | HTTPValidationError]) -> File:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(File, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: MusicStreamRequest | Unset = UNSET,
    output_format: MusicStreamOutputFormat | Unset = "auto",
) -> Response[File | HTTPValidationError]:
    """Compose a song and stream the audio while it is generated.

    Args:
        output_format (MusicStreamOutputFormat | Unset):  Default: 'auto'.
        body (MusicStreamRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: MusicStreamRequest | Unset = UNSET,
    output_format: MusicStreamOutputFormat | Unset = "auto",
) -> File:
    """Compose a song and stream the audio while it is generated.

    Args:
        output_format (MusicStreamOutputFormat | Unset):  Default: 'auto'.
        body (MusicStreamRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        File
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            output_format=output_format,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: MusicStreamRequest | Unset = UNSET,
    output_format: MusicStreamOutputFormat | Unset = "auto",
) -> Response[File | HTTPValidationError]:
    """Compose a song and stream the audio while it is generated.

    Args:
        output_format (MusicStreamOutputFormat | Unset):  Default: 'auto'.
        body (MusicStreamRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: MusicStreamRequest | Unset = UNSET,
    output_format: MusicStreamOutputFormat | Unset = "auto",
) -> File:
    """Compose a song and stream the audio while it is generated.

    Args:
        output_format (MusicStreamOutputFormat | Unset):  Default: 'auto'.
        body (MusicStreamRequest | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        File
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
        )
    )
