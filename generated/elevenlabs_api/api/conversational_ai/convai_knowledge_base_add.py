from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_knowledge_base_add_form import ConvaiKnowledgeBaseAddForm
from ...models.convai_knowledge_base_document_created import ConvaiKnowledgeBaseDocumentCreated
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConvaiKnowledgeBaseAddForm | Unset = UNSET,
    agent_id: str | Unset = "",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiKnowledgeBaseDocumentCreated.from_dict(response.json())

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
) -> Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError],
) -> ConvaiKnowledgeBaseDocumentCreated:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiKnowledgeBaseDocumentCreated, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: ConvaiKnowledgeBaseAddForm | Unset = UNSET,
    agent_id: str | Unset = "",
) -> Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError]:
    """Add a document from a URL or a file (older form of the create endpoints).

    Args:
        agent_id (str | Unset):  Default: ''.
        body (ConvaiKnowledgeBaseAddForm | Unset): A URL or a file to add (give one of them).

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: ConvaiKnowledgeBaseAddForm | Unset = UNSET,
    agent_id: str | Unset = "",
) -> ConvaiKnowledgeBaseDocumentCreated:
    """Add a document from a URL or a file (older form of the create endpoints).

    Args:
        agent_id (str | Unset):  Default: ''.
        body (ConvaiKnowledgeBaseAddForm | Unset): A URL or a file to add (give one of them).

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseDocumentCreated
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            agent_id=agent_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: ConvaiKnowledgeBaseAddForm | Unset = UNSET,
    agent_id: str | Unset = "",
) -> Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError]:
    """Add a document from a URL or a file (older form of the create endpoints).

    Args:
        agent_id (str | Unset):  Default: ''.
        body (ConvaiKnowledgeBaseAddForm | Unset): A URL or a file to add (give one of them).

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiKnowledgeBaseDocumentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: ConvaiKnowledgeBaseAddForm | Unset = UNSET,
    agent_id: str | Unset = "",
) -> ConvaiKnowledgeBaseDocumentCreated:
    """Add a document from a URL or a file (older form of the create endpoints).

    Args:
        agent_id (str | Unset):  Default: ''.
        body (ConvaiKnowledgeBaseAddForm | Unset): A URL or a file to add (give one of them).

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiKnowledgeBaseDocumentCreated
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            agent_id=agent_id,
        )
    )
