from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.text_to_speech_convert_output_format import (
    TextToSpeechConvertOutputFormat,
)
from ...models.text_to_speech_request import TextToSpeechRequest
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    voice_id: str,
    *,
    body: TextToSpeechRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormat | Unset = "mp3_44100_128",
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
        "url": "/v1/text-to-speech/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPValidationError | None:
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TextToSpeechRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormat | Unset = "mp3_44100_128",
) -> Response[File | HTTPValidationError]:
    """Speak a text with one voice and get the whole audio file back.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (TextToSpeechConvertOutputFormat | Unset):  Default: 'mp3_44100_128'.
        body (TextToSpeechRequest): Body of text_to_speech_convert, text_to_speech_stream and
            text_to_speech_stream_with_timestamps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
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
    client: AuthenticatedClient | Client,
    body: TextToSpeechRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormat | Unset = "mp3_44100_128",
) -> File | HTTPValidationError | None:
    """Speak a text with one voice and get the whole audio file back.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (TextToSpeechConvertOutputFormat | Unset):  Default: 'mp3_44100_128'.
        body (TextToSpeechRequest): Body of text_to_speech_convert, text_to_speech_stream and
            text_to_speech_stream_with_timestamps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
        enable_logging=enable_logging,
        optimize_streaming_latency=optimize_streaming_latency,
        output_format=output_format,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TextToSpeechRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormat | Unset = "mp3_44100_128",
) -> Response[File | HTTPValidationError]:
    """Speak a text with one voice and get the whole audio file back.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (TextToSpeechConvertOutputFormat | Unset):  Default: 'mp3_44100_128'.
        body (TextToSpeechRequest): Body of text_to_speech_convert, text_to_speech_stream and
            text_to_speech_stream_with_timestamps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
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
    client: AuthenticatedClient | Client,
    body: TextToSpeechRequest,
    enable_logging: bool | Unset = True,
    optimize_streaming_latency: int | None | Unset = UNSET,
    output_format: TextToSpeechConvertOutputFormat | Unset = "mp3_44100_128",
) -> File | HTTPValidationError | None:
    """Speak a text with one voice and get the whole audio file back.

    Args:
        voice_id (str):
        enable_logging (bool | Unset):  Default: True.
        optimize_streaming_latency (int | None | Unset):
        output_format (TextToSpeechConvertOutputFormat | Unset):  Default: 'mp3_44100_128'.
        body (TextToSpeechRequest): Body of text_to_speech_convert, text_to_speech_stream and
            text_to_speech_stream_with_timestamps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )
    ).parsed
