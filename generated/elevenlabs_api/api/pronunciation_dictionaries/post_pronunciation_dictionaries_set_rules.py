from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.post_pronunciation_dictionaries_set_rules_request import PostPronunciationDictionariesSetRulesRequest
from ...models.pronunciation_dictionary_version import PronunciationDictionaryVersion
from ...types import Response


def _get_kwargs(
    pronunciation_dictionary_id: str,
    *,
    body: PostPronunciationDictionariesSetRulesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules".format(
            pronunciation_dictionary_id=quote(str(pronunciation_dictionary_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | PronunciationDictionaryVersion | None:
    if response.status_code == 200:
        response_200 = PronunciationDictionaryVersion.from_dict(response.json())

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
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | PronunciationDictionaryVersion],
) -> PronunciationDictionaryVersion:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(PronunciationDictionaryVersion, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: SyncApiClient,
    body: PostPronunciationDictionariesSetRulesRequest,
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (PostPronunciationDictionariesSetRulesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PronunciationDictionaryVersion]
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
    body: PostPronunciationDictionariesSetRulesRequest,
) -> PronunciationDictionaryVersion:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (PostPronunciationDictionariesSetRulesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PronunciationDictionaryVersion
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
    body: PostPronunciationDictionariesSetRulesRequest,
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (PostPronunciationDictionariesSetRulesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | PronunciationDictionaryVersion]
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
    body: PostPronunciationDictionariesSetRulesRequest,
) -> PronunciationDictionaryVersion:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (PostPronunciationDictionariesSetRulesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        PronunciationDictionaryVersion
    """

    return _success(
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    )
