from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post import (
    BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.pronunciation_dictionary_version import PronunciationDictionaryVersion
from ...types import Response


def _get_kwargs(
    pronunciation_dictionary_id: str,
    *,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDict
            ionaryIdSetRulesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> HTTPValidationError | PronunciationDictionaryVersion | None:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDict
            ionaryIdSetRulesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PronunciationDictionaryVersion
    """

    return sync_detailed(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> Response[HTTPValidationError | PronunciationDictionaryVersion]:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDict
            ionaryIdSetRulesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> HTTPValidationError | PronunciationDictionaryVersion | None:
    """Replace all rules of a pronunciation dictionary.

    Args:
        pronunciation_dictionary_id (str):
        body (BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDict
            ionaryIdSetRulesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PronunciationDictionaryVersion
    """

    return (
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    ).parsed
