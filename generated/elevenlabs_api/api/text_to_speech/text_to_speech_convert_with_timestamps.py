from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.audio_with_timestamps import AudioWithTimestamps
from ...models.http_validation_error import HTTPValidationError
from ...models.output_format_with_wav import OutputFormatWithWav
from ...models.text_to_speech_with_timestamps_request import TextToSpeechWithTimestampsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    *,
    body: TextToSpeechWithTimestampsRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: OutputFormatWithWav | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_logging"] = enable_logging

    json_optimize_streaming_latency: int | None | Unset
    if isinstance(optimize_streaming_latency, Unset):
        json_optimize_streaming_latency = UNSET
    else:
        json_optimize_streaming_latency = optimize_streaming_latency
    params["optimize_streaming_latency"] = json_optimize_streaming_latency

    json_output_format: str | Unset = UNSET
    if not isinstance(output_format, Unset):
        json_output_format = output_format

    params["output_format"] = json_output_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/text-to-speech/{voice_id}/with-timestamps".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | AudioWithTimestamps | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AudioWithTimestamps.from_dict(response.json())

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
) -> Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]) -> AudioWithTimestamps:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(AudioWithTimestamps, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: str,
    *,
    client: SyncApiClient,
    body: TextToSpeechWithTimestampsRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: OutputFormatWithWav | Unset = UNSET,
) -> Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]:
    """Speak a text and get base64 audio plus per-character timings in one JSON object.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (OutputFormatWithWav | Unset): The formats of OutputFormat, plus `wav_*`:
            the same 16-bit mono PCM in a RIFF/WAVE file. Only answers sent whole (not the streaming
            endpoints) come as WAV.
        body (TextToSpeechWithTimestampsRequest): Body of text_to_speech_convert_with_timestamps.
            Same fields as `TextToSpeechRequest`, but the three list fields may be left out and are
            not nullable.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: SyncApiClient,
    body: TextToSpeechWithTimestampsRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: OutputFormatWithWav | Unset = UNSET,
) -> AudioWithTimestamps:
    """Speak a text and get base64 audio plus per-character timings in one JSON object.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (OutputFormatWithWav | Unset): The formats of OutputFormat, plus `wav_*`:
            the same 16-bit mono PCM in a RIFF/WAVE file. Only answers sent whole (not the streaming
            endpoints) come as WAV.
        body (TextToSpeechWithTimestampsRequest): Body of text_to_speech_convert_with_timestamps.
            Same fields as `TextToSpeechRequest`, but the three list fields may be left out and are
            not nullable.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AudioWithTimestamps
    """

    return _success(
        sync_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )
    )


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AsyncApiClient,
    body: TextToSpeechWithTimestampsRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: OutputFormatWithWav | Unset = UNSET,
) -> Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]:
    """Speak a text and get base64 audio plus per-character timings in one JSON object.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (OutputFormatWithWav | Unset): The formats of OutputFormat, plus `wav_*`:
            the same 16-bit mono PCM in a RIFF/WAVE file. Only answers sent whole (not the streaming
            endpoints) come as WAV.
        body (TextToSpeechWithTimestampsRequest): Body of text_to_speech_convert_with_timestamps.
            Same fields as `TextToSpeechRequest`, but the three list fields may be left out and are
            not nullable.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | AudioWithTimestamps | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AsyncApiClient,
    body: TextToSpeechWithTimestampsRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: OutputFormatWithWav | Unset = UNSET,
) -> AudioWithTimestamps:
    """Speak a text and get base64 audio plus per-character timings in one JSON object.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (OutputFormatWithWav | Unset): The formats of OutputFormat, plus `wav_*`:
            the same 16-bit mono PCM in a RIFF/WAVE file. Only answers sent whole (not the streaming
            endpoints) come as WAV.
        body (TextToSpeechWithTimestampsRequest): Body of text_to_speech_convert_with_timestamps.
            Same fields as `TextToSpeechRequest`, but the three list fields may be left out and are
            not nullable.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AudioWithTimestamps
    """

    return _success(
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )
    )
