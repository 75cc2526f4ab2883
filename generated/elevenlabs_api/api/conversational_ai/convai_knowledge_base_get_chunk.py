from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_embedding_model import ConvaiEmbeddingModel
from ...models.convai_knowledge_base_chunk import ConvaiKnowledgeBaseChunk
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    documentation_id: str,
    chunk_id: str,
    *,
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_model: None | str | Unset
    if isinstance(embedding_model, Unset):
        json_embedding_model = UNSET
    elif isinstance(embedding_model, str):
        json_embedding_model = embedding_model
    else:
        json_embedding_model = embedding_model
    params["embedding_model"] = json_embedding_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/chunk/{chunk_id}".format(
            documentation_id=quote(str(documentation_id), safe=""),
            chunk_id=quote(str(chunk_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConvaiKnowledgeBaseChunk | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiKnowledgeBaseChunk.from_dict(response.json())

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
) -> Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]) -> ConvaiKnowledgeBaseChunk:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiKnowledgeBaseChunk, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    documentation_id: str,
    chunk_id: str,
    *,
    client: SyncApiClient,
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET,
) -> Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]:
    """Get one chunk of a document as used for RAG.

    Args:
        documentation_id (str):
        chunk_id (str):
        embedding_model (ConvaiEmbeddingModel | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        chunk_id=chunk_id,
        embedding_model=embedding_model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    documentation_id: str,
    chunk_id: str,
    *,
    client: SyncApiClient,
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET,
) -> ConvaiKnowledgeBaseChunk:
    """Get one chunk of a document as used for RAG.

    Args:
        documentation_id (str):
        chunk_id (str):
        embedding_model (ConvaiEmbeddingModel | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseChunk
    """

    return _success(
        sync_detailed(
            documentation_id=documentation_id,
            chunk_id=chunk_id,
            client=client,
            embedding_model=embedding_model,
        )
    )


async def asyncio_detailed(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AsyncApiClient,
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET,
) -> Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]:
    """Get one chunk of a document as used for RAG.

    Args:
        documentation_id (str):
        chunk_id (str):
        embedding_model (ConvaiEmbeddingModel | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseChunk | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        chunk_id=chunk_id,
        embedding_model=embedding_model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AsyncApiClient,
    embedding_model: ConvaiEmbeddingModel | None | Unset = UNSET,
) -> ConvaiKnowledgeBaseChunk:
    """Get one chunk of a document as used for RAG.

    Args:
        documentation_id (str):
        chunk_id (str):
        embedding_model (ConvaiEmbeddingModel | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseChunk
    """

    return _success(
        await asyncio_detailed(
            documentation_id=documentation_id,
            chunk_id=chunk_id,
            client=client,
            embedding_model=embedding_model,
        )
    )
