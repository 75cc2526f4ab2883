from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.output_format import OutputFormat
from ...models.text_to_dialogue_request import TextToDialogueRequest
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: TextToDialogueRequest,
    output_format: OutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params["enable_logging"] = enable_logging

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/text-to-dialogue/stream",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | File | HTTPValidationError]) -> File:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(File, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: TextToDialogueRequest,
    output_format: OutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> Response[ApiErrorResponse | File | HTTPValidationError]:
    """Same as text_to_dialogue_convert, but the audio is streamed as it is produced.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (TextToDialogueRequest): Body of both text-to-dialogue endpoints.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: TextToDialogueRequest,
    output_format: OutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> File:
    """Same as text_to_dialogue_convert, but the audio is streamed as it is produced.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (TextToDialogueRequest): Body of both text-to-dialogue endpoints.

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
            enable_logging=enable_logging,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: TextToDialogueRequest,
    output_format: OutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> Response[ApiErrorResponse | File | HTTPValidationError]:
    """Same as text_to_dialogue_convert, but the audio is streamed as it is produced.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (TextToDialogueRequest): Body of both text-to-dialogue endpoints.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        output_format=output_format,
        enable_logging=enable_logging,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: TextToDialogueRequest,
    output_format: OutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> File:
    """Same as text_to_dialogue_convert, but the audio is streamed as it is produced.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (TextToDialogueRequest): Body of both text-to-dialogue endpoints.

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
            enable_logging=enable_logging,
        )
    )
