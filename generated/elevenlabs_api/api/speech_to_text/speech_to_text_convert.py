from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.multichannel_transcript import MultichannelTranscript
from ...models.speech_to_text_form import SpeechToTextForm
from ...models.transcript import Transcript
from ...models.transcription_accepted import TranscriptionAccepted
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SpeechToTextForm,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_token: None | str | Unset
    if isinstance(token, Unset):
        json_token = UNSET
    else:
        json_token = token
    params["token"] = json_token

    params["enable_logging"] = enable_logging

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/speech-to-text",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> MultichannelTranscript | Transcript | TranscriptionAccepted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Transcript.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = MultichannelTranscript.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = TranscriptionAccepted.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[
    Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[
        Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted
    ],
) -> Any | MultichannelTranscript | Transcript | TranscriptionAccepted:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200 or response.status_code == 202:
        return cast(Any | MultichannelTranscript | Transcript | TranscriptionAccepted, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: SpeechToTextForm,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = True,
) -> Response[
    Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted
]:
    """Transcribe an uploaded file or a file at an HTTPS URL.

    Args:
        token (None | str | Unset):
        enable_logging (bool | Unset):  Default: True.
        body (SpeechToTextForm): Multipart body of speech_to_text_convert. Give exactly one of
            `file` and `cloud_storage_url`.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        token=token,
        enable_logging=enable_logging,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: SpeechToTextForm,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = True,
) -> Any | MultichannelTranscript | Transcript | TranscriptionAccepted:
    """Transcribe an uploaded file or a file at an HTTPS URL.

    Args:
        token (None | str | Unset):
        enable_logging (bool | Unset):  Default: True.
        body (SpeechToTextForm): Multipart body of speech_to_text_convert. Give exactly one of
            `file` and `cloud_storage_url`.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any | MultichannelTranscript | Transcript | TranscriptionAccepted
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            token=token,
            enable_logging=enable_logging,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: SpeechToTextForm,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = True,
) -> Response[
    Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted
]:
    """Transcribe an uploaded file or a file at an HTTPS URL.

    Args:
        token (None | str | Unset):
        enable_logging (bool | Unset):  Default: True.
        body (SpeechToTextForm): Multipart body of speech_to_text_convert. Give exactly one of
            `file` and `cloud_storage_url`.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | ApiErrorResponse | HTTPValidationError | MultichannelTranscript | Transcript | TranscriptionAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        token=token,
        enable_logging=enable_logging,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: SpeechToTextForm,
    token: None | str | Unset = UNSET,
    enable_logging: bool | Unset = True,
) -> Any | MultichannelTranscript | Transcript | TranscriptionAccepted:
    """Transcribe an uploaded file or a file at an HTTPS URL.

    Args:
        token (None | str | Unset):
        enable_logging (bool | Unset):  Default: True.
        body (SpeechToTextForm): Multipart body of speech_to_text_convert. Give exactly one of
            `file` and `cloud_storage_url`.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any | MultichannelTranscript | Transcript | TranscriptionAccepted
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            token=token,
            enable_logging=enable_logging,
        )
    )
