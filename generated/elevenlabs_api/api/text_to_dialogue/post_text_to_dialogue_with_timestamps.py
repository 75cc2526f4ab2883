from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.audio_with_timestamps_and_voice_segments_response_model import (
    AudioWithTimestampsAndVoiceSegmentsResponseModel,
)
from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
from ...models.http_validation_error import HTTPValidationError
from ...models.post_text_to_dialogue_with_timestamps_output_format import (
    PostTextToDialogueWithTimestampsOutputFormat,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: PostTextToDialogueWithTimestampsOutputFormat | Unset = "mp3_44100_128",
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
        "url": "/v1/text-to-dialogue/with-timestamps",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AudioWithTimestampsAndVoiceSegmentsResponseModel.from_dict(response.json())

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
) -> Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError],
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(AudioWithTimestampsAndVoiceSegmentsResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: PostTextToDialogueWithTimestampsOutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError]:
    """Speak a dialogue and get base64 audio with character timings and voice segments.

    Args:
        output_format (PostTextToDialogueWithTimestampsOutputFormat | Unset):  Default:
            'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (BodyTextToDialogueFullWithTimestamps):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError]
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
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: PostTextToDialogueWithTimestampsOutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
    """Speak a dialogue and get base64 audio with character timings and voice segments.

    Args:
        output_format (PostTextToDialogueWithTimestampsOutputFormat | Unset):  Default:
            'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (BodyTextToDialogueFullWithTimestamps):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AudioWithTimestampsAndVoiceSegmentsResponseModel
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
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: PostTextToDialogueWithTimestampsOutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError]:
    """Speak a dialogue and get base64 audio with character timings and voice segments.

    Args:
        output_format (PostTextToDialogueWithTimestampsOutputFormat | Unset):  Default:
            'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (BodyTextToDialogueFullWithTimestamps):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AudioWithTimestampsAndVoiceSegmentsResponseModel | HTTPValidationError]
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
    body: BodyTextToDialogueFullWithTimestamps,
    output_format: PostTextToDialogueWithTimestampsOutputFormat | Unset = "mp3_44100_128",
    enable_logging: bool | Unset = True,
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
    """Speak a dialogue and get base64 audio with character timings and voice segments.

    Args:
        output_format (PostTextToDialogueWithTimestampsOutputFormat | Unset):  Default:
            'mp3_44100_128'.
        enable_logging (bool | Unset):  Default: True.
        body (BodyTextToDialogueFullWithTimestamps):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AudioWithTimestampsAndVoiceSegmentsResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            output_format=output_format,
            enable_logging=enable_logging,
        )
    )
