from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_stem_separation_v1_music_stem_separation_post import BodyStemSeparationV1MusicStemSeparationPost
from ...models.http_validation_error import HTTPValidationError
from ...models.output_format import OutputFormat
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: BodyStemSeparationV1MusicStemSeparationPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
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
        "url": "/v1/music/stem-separation",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    *,
    client: AuthenticatedClient | Client,
    body: BodyStemSeparationV1MusicStemSeparationPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Response[File | HTTPValidationError]:
    """Split a song into its stems and get them as a zip.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyStemSeparationV1MusicStemSeparationPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BodyStemSeparationV1MusicStemSeparationPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> File | HTTPValidationError | None:
    """Split a song into its stems and get them as a zip.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyStemSeparationV1MusicStemSeparationPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyStemSeparationV1MusicStemSeparationPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Response[File | HTTPValidationError]:
    """Split a song into its stems and get them as a zip.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyStemSeparationV1MusicStemSeparationPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BodyStemSeparationV1MusicStemSeparationPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> File | HTTPValidationError | None:
    """Split a song into its stems and get them as a zip.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyStemSeparationV1MusicStemSeparationPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
        )
    ).parsed
