from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_embedding_model import ConvaiEmbeddingModel
from ...models.http_validation_error import HTTPValidationError
from ...models.knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    documentation_id: str,
    *,
    embedding_model: ConvaiEmbeddingModel,
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_model: str = embedding_model
    params["embedding_model"] = json_embedding_model

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/chunks".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseDocumentChunksResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel],
) -> KnowledgeBaseDocumentChunksResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(KnowledgeBaseDocumentChunksResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    documentation_id: str,
    *,
    client: SyncApiClient,
    embedding_model: ConvaiEmbeddingModel,
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel]:
    """List the indexed chunks of a knowledge-base document.

    Args:
        documentation_id (str):
        embedding_model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        embedding_model=embedding_model,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    documentation_id: str,
    *,
    client: SyncApiClient,
    embedding_model: ConvaiEmbeddingModel,
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> KnowledgeBaseDocumentChunksResponseModel:
    """List the indexed chunks of a knowledge-base document.

    Args:
        documentation_id (str):
        embedding_model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        KnowledgeBaseDocumentChunksResponseModel
    """

    return _success(
        sync_detailed(
            documentation_id=documentation_id,
            client=client,
            embedding_model=embedding_model,
            page_size=page_size,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AsyncApiClient,
    embedding_model: ConvaiEmbeddingModel,
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel]:
    """List the indexed chunks of a knowledge-base document.

    Args:
        documentation_id (str):
        embedding_model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseDocumentChunksResponseModel]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        embedding_model=embedding_model,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    documentation_id: str,
    *,
    client: AsyncApiClient,
    embedding_model: ConvaiEmbeddingModel,
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> KnowledgeBaseDocumentChunksResponseModel:
    """List the indexed chunks of a knowledge-base document.

    Args:
        documentation_id (str):
        embedding_model (ConvaiEmbeddingModel): Embedding model used for a RAG index.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        KnowledgeBaseDocumentChunksResponseModel
    """

    return _success(
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            embedding_model=embedding_model,
            page_size=page_size,
            cursor=cursor,
        )
    )
