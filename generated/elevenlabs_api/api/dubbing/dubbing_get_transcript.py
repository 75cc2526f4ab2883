from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_get_transcript_format_type import (
    DubbingGetTranscriptFormatType,
)
from ...models.dubbing_transcript_response_model import DubbingTranscriptResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
    *,
    format_type: DubbingGetTranscriptFormatType | Unset = "srt",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_type: str | Unset = UNSET
    if not isinstance(format_type, Unset):
        json_format_type = format_type

    params["format_type"] = json_format_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/transcript/{language_code}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> Any | DubbingTranscriptResponseModel | str | HTTPValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DubbingTranscriptResponseModel | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DubbingTranscriptResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingTranscriptResponseModel | str, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 425:
        response_425 = cast(Any, None)
        return response_425

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError],
) -> DubbingTranscriptResponseModel | str:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingTranscriptResponseModel | str, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: SyncApiClient,
    format_type: DubbingGetTranscriptFormatType | Unset = "srt",
) -> Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError]:
    """Download the subtitles of one language of a dub as SRT or WebVTT

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (DubbingGetTranscriptFormatType | Unset):  Default: 'srt'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    language_code: str,
    *,
    client: SyncApiClient,
    format_type: DubbingGetTranscriptFormatType | Unset = "srt",
) -> DubbingTranscriptResponseModel | str:
    """Download the subtitles of one language of a dub as SRT or WebVTT

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (DubbingGetTranscriptFormatType | Unset):  Default: 'srt'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingTranscriptResponseModel | str
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
            format_type=format_type,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AsyncApiClient,
    format_type: DubbingGetTranscriptFormatType | Unset = "srt",
) -> Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError]:
    """Download the subtitles of one language of a dub as SRT or WebVTT

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (DubbingGetTranscriptFormatType | Unset):  Default: 'srt'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | DubbingTranscriptResponseModel | str | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
        format_type=format_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    language_code: str,
    *,
    client: AsyncApiClient,
    format_type: DubbingGetTranscriptFormatType | Unset = "srt",
) -> DubbingTranscriptResponseModel | str:
    """Download the subtitles of one language of a dub as SRT or WebVTT

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (DubbingGetTranscriptFormatType | Unset):  Default: 'srt'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingTranscriptResponseModel | str
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
            format_type=format_type,
        )
    )
