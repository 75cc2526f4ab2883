from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.pvc_sample_audio import PvcSampleAudio
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    *,
    remove_background_noise: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["remove_background_noise"] = remove_background_noise

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}/audio".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | PvcSampleAudio | None:
    if response.status_code == 200:
        response_200 = PvcSampleAudio.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[HTTPValidationError | PvcSampleAudio]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | PvcSampleAudio]) -> PvcSampleAudio:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PvcSampleAudio, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: SyncApiClient,
    remove_background_noise: bool | Unset = False,
) -> Response[HTTPValidationError | PvcSampleAudio]:
    """Fetch a sample's audio as base64, optionally with background noise removed

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        remove_background_noise (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PvcSampleAudio]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        remove_background_noise=remove_background_noise,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    sample_id: str,
    *,
    client: SyncApiClient,
    remove_background_noise: bool | Unset = False,
) -> PvcSampleAudio:
    """Fetch a sample's audio as base64, optionally with background noise removed

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        remove_background_noise (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PvcSampleAudio
    """

    return _success(
        sync_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
            remove_background_noise=remove_background_noise,
        )
    )


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AsyncApiClient,
    remove_background_noise: bool | Unset = False,
) -> Response[HTTPValidationError | PvcSampleAudio]:
    """Fetch a sample's audio as base64, optionally with background noise removed

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        remove_background_noise (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PvcSampleAudio]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        remove_background_noise=remove_background_noise,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AsyncApiClient,
    remove_background_noise: bool | Unset = False,
) -> PvcSampleAudio:
    """Fetch a sample's audio as base64, optionally with background noise removed

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        remove_background_noise (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PvcSampleAudio
    """

    return _success(
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
            remove_background_noise=remove_background_noise,
        )
    )
