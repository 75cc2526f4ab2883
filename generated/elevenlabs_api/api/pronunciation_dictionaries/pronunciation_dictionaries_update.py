from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_pronunciation_dictionary_metadata_response_model import (
    GetPronunciationDictionaryMetadataResponseModel,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.pronunciation_dictionary_update import PronunciationDictionaryUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pronunciation_dictionary_id: str,
    *,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}".format(
            pronunciation_dictionary_id=quote(str(pronunciation_dictionary_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetPronunciationDictionaryMetadataResponseModel.from_dict(response.json())

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
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError],
) -> GetPronunciationDictionaryMetadataResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetPronunciationDictionaryMetadataResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: SyncApiClient,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pronunciation_dictionary_id: str,
    *,
    client: SyncApiClient,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponseModel:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetPronunciationDictionaryMetadataResponseModel
    """

    return _success(
        sync_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AsyncApiClient,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pronunciation_dictionary_id: str,
    *,
    client: AsyncApiClient,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponseModel:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetPronunciationDictionaryMetadataResponseModel
    """

    return _success(
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    )
