from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_convai_knowledge_base_summaries_response_200 import GetConvaiKnowledgeBaseSummariesResponse200
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    document_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_document_ids = document_ids

    params["document_ids"] = json_document_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetConvaiKnowledgeBaseSummariesResponse200.from_dict(response.json())

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
) -> Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError],
) -> GetConvaiKnowledgeBaseSummariesResponse200:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetConvaiKnowledgeBaseSummariesResponse200, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    document_ids: list[str],
) -> Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several knowledge-base documents.

    Args:
        document_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        document_ids=document_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    document_ids: list[str],
) -> GetConvaiKnowledgeBaseSummariesResponse200:
    """Get short summaries of several knowledge-base documents.

    Args:
        document_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConvaiKnowledgeBaseSummariesResponse200
    """

    return _success(
        sync_detailed(
            client=client,
            document_ids=document_ids,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    document_ids: list[str],
) -> Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError]:
    """Get short summaries of several knowledge-base documents.

    Args:
        document_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConvaiKnowledgeBaseSummariesResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        document_ids=document_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    document_ids: list[str],
) -> GetConvaiKnowledgeBaseSummariesResponse200:
    """Get short summaries of several knowledge-base documents.

    Args:
        document_ids (list[str]):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConvaiKnowledgeBaseSummariesResponse200
    """

    return _success(
        await asyncio_detailed(
            client=client,
            document_ids=document_ids,
        )
    )
