from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
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
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError | None:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError
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
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError]:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: PronunciationDictionaryUpdate | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError | None:
    """Rename or archive a pronunciation dictionary

     Changes only the fields sent; no new version of the rules is made.

    Args:
        pronunciation_dictionary_id (str):
        body (PronunciationDictionaryUpdate | Unset): Fields to change on a dictionary; all
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPronunciationDictionaryMetadataResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    ).parsed
