from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.pvc_speaker_audio import PvcSpeakerAudio
from ...types import Response


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}/speakers/{speaker_id}/audio".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
            speaker_id=quote(str(speaker_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | PvcSpeakerAudio | None:
    if response.status_code == 200:
        response_200 = PvcSpeakerAudio.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[HTTPValidationError | PvcSpeakerAudio]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | PvcSpeakerAudio]) -> PvcSpeakerAudio:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PvcSpeakerAudio, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: SyncApiClient,
) -> Response[HTTPValidationError | PvcSpeakerAudio]:
    """Fetch the isolated audio of one separated speaker as base64

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        speaker_id (str):  Example: speaker_0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PvcSpeakerAudio]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        speaker_id=speaker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: SyncApiClient,
) -> PvcSpeakerAudio:
    """Fetch the isolated audio of one separated speaker as base64

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        speaker_id (str):  Example: speaker_0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PvcSpeakerAudio
    """

    return _success(
        sync_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            speaker_id=speaker_id,
            client=client,
        )
    )


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AsyncApiClient,
) -> Response[HTTPValidationError | PvcSpeakerAudio]:
    """Fetch the isolated audio of one separated speaker as base64

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        speaker_id (str):  Example: speaker_0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PvcSpeakerAudio]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        speaker_id=speaker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    sample_id: str,
    speaker_id: str,
    *,
    client: AsyncApiClient,
) -> PvcSpeakerAudio:
    """Fetch the isolated audio of one separated speaker as base64

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        speaker_id (str):  Example: speaker_0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PvcSpeakerAudio
    """

    return _success(
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            speaker_id=speaker_id,
            client=client,
        )
    )
