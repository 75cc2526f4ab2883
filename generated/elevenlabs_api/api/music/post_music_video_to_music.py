from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost
from ...models.output_format import OutputFormat
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
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
        "url": "/v1/music/video-to-music",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Response[Any | File]:
    """Compose music that fits an uploaded video.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyVideoToMusicV1MusicVideoToMusicPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
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
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Any | File | None:
    """Compose music that fits an uploaded video.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyVideoToMusicV1MusicVideoToMusicPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        body=body,
        output_format=output_format,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Response[Any | File]:
    """Compose music that fits an uploaded video.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyVideoToMusicV1MusicVideoToMusicPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
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
    body: BodyVideoToMusicV1MusicVideoToMusicPost,
    output_format: OutputFormat | Unset = "mp3_44100_128",
) -> Any | File | None:
    """Compose music that fits an uploaded video.

    Args:
        output_format (OutputFormat | Unset): Audio encoding of the answer, spelled
            codec_samplerate[_bitrate]. `pcm_*` is raw 16-bit little-endian mono,
            `ulaw_8000`/`alaw_8000` are telephony encodings. Higher bitrates and 44.1 kHz PCM need a
            paid tier. Default: 'mp3_44100_128'.
        body (BodyVideoToMusicV1MusicVideoToMusicPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
        )
    ).parsed
