from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_knowledge_base_document_type import (
    ConvaiKnowledgeBaseDocumentType,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.knowledge_base_content_search_response_model import KnowledgeBaseContentSearchResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    page_size: int | Unset = 30,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page_size"] = page_size

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = []
        for types_type_0_item_data in types:
            types_type_0_item: str = types_type_0_item_data
            json_types.append(types_type_0_item)

    else:
        json_types = types
    params["types"] = json_types

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | KnowledgeBaseContentSearchResponseModel | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseContentSearchResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel],
) -> KnowledgeBaseContentSearchResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(KnowledgeBaseContentSearchResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    query: str,
    page_size: int | Unset = 30,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel]:
    """Search the content of the knowledge base.

    Args:
        query (str):
        page_size (int | Unset):  Default: 30.
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel]
    """

    kwargs = _get_kwargs(
        query=query,
        page_size=page_size,
        types=types,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    query: str,
    page_size: int | Unset = 30,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> KnowledgeBaseContentSearchResponseModel:
    """Search the content of the knowledge base.

    Args:
        query (str):
        page_size (int | Unset):  Default: 30.
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        KnowledgeBaseContentSearchResponseModel
    """

    return _success(
        sync_detailed(
            client=client,
            query=query,
            page_size=page_size,
            types=types,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    query: str,
    page_size: int | Unset = 30,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel]:
    """Search the content of the knowledge base.

    Args:
        query (str):
        page_size (int | Unset):  Default: 30.
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseContentSearchResponseModel]
    """

    kwargs = _get_kwargs(
        query=query,
        page_size=page_size,
        types=types,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    query: str,
    page_size: int | Unset = 30,
    types: list[ConvaiKnowledgeBaseDocumentType] | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> KnowledgeBaseContentSearchResponseModel:
    """Search the content of the knowledge base.

    Args:
        query (str):
        page_size (int | Unset):  Default: 30.
        types (list[ConvaiKnowledgeBaseDocumentType] | None | Unset):
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        KnowledgeBaseContentSearchResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            query=query,
            page_size=page_size,
            types=types,
            cursor=cursor,
        )
    )
