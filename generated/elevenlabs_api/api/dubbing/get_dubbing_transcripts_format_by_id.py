from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_transcripts_response_model import DubbingTranscriptsResponseModel
from ...models.get_dubbing_transcripts_format_by_id_format_type import (
    GetDubbingTranscriptsFormatByIdFormatType,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
    format_type: GetDubbingTranscriptsFormatByIdFormatType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/transcripts/{language_code}/format/{format_type}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
            format_type=quote(str(format_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> DubbingTranscriptsResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingTranscriptsResponseModel.from_dict(response.json())

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
) -> Response[DubbingTranscriptsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[DubbingTranscriptsResponseModel | HTTPValidationError],
) -> DubbingTranscriptsResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingTranscriptsResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    format_type: GetDubbingTranscriptsFormatByIdFormatType,
    *,
    client: SyncApiClient,
) -> Response[DubbingTranscriptsResponseModel | HTTPValidationError]:
    """Download a dub's transcript for one language in a given format.

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (GetDubbingTranscriptsFormatByIdFormatType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingTranscriptsResponseModel | HTTPValidationError]
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
    format_type: GetDubbingTranscriptsFormatByIdFormatType,
    *,
    client: SyncApiClient,
) -> DubbingTranscriptsResponseModel:
    """Download a dub's transcript for one language in a given format.

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (GetDubbingTranscriptsFormatByIdFormatType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingTranscriptsResponseModel
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
            client=client,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    format_type: GetDubbingTranscriptsFormatByIdFormatType,
    *,
    client: AsyncApiClient,
) -> Response[DubbingTranscriptsResponseModel | HTTPValidationError]:
    """Download a dub's transcript for one language in a given format.

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (GetDubbingTranscriptsFormatByIdFormatType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingTranscriptsResponseModel | HTTPValidationError]
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
    format_type: GetDubbingTranscriptsFormatByIdFormatType,
    *,
    client: AsyncApiClient,
) -> DubbingTranscriptsResponseModel:
    """Download a dub's transcript for one language in a given format.

    Args:
        dubbing_id (str):
        language_code (str):
        format_type (GetDubbingTranscriptsFormatByIdFormatType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingTranscriptsResponseModel
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
            client=client,
        )
    )
