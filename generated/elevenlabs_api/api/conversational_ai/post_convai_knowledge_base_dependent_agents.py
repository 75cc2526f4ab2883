from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_dependent_agent_page import ConvaiDependentAgentPage
from ...models.http_validation_error import HTTPValidationError
from ...models.knowledge_base_dependent_type import KnowledgeBaseDependentType
from ...models.post_convai_knowledge_base_dependent_agents_request import PostConvaiKnowledgeBaseDependentAgentsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostConvaiKnowledgeBaseDependentAgentsRequest,
    dependent_type: KnowledgeBaseDependentType | Unset = "all",
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dependent_type: str | Unset = UNSET
    if not isinstance(dependent_type, Unset):
        json_dependent_type = dependent_type

    params["dependent_type"] = json_dependent_type

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/dependent-agents",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConvaiDependentAgentPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiDependentAgentPage.from_dict(response.json())

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
) -> Response[ConvaiDependentAgentPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiDependentAgentPage | HTTPValidationError]) -> ConvaiDependentAgentPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiDependentAgentPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: PostConvaiKnowledgeBaseDependentAgentsRequest,
    dependent_type: KnowledgeBaseDependentType | Unset = "all",
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiDependentAgentPage | HTTPValidationError]:
    """List the agents that use each of several documents.

    Args:
        dependent_type (KnowledgeBaseDependentType | Unset):  Default: 'all'.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):
        body (PostConvaiKnowledgeBaseDependentAgentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiDependentAgentPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: PostConvaiKnowledgeBaseDependentAgentsRequest,
    dependent_type: KnowledgeBaseDependentType | Unset = "all",
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> ConvaiDependentAgentPage:
    """List the agents that use each of several documents.

    Args:
        dependent_type (KnowledgeBaseDependentType | Unset):  Default: 'all'.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):
        body (PostConvaiKnowledgeBaseDependentAgentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiDependentAgentPage
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: PostConvaiKnowledgeBaseDependentAgentsRequest,
    dependent_type: KnowledgeBaseDependentType | Unset = "all",
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> Response[ConvaiDependentAgentPage | HTTPValidationError]:
    """List the agents that use each of several documents.

    Args:
        dependent_type (KnowledgeBaseDependentType | Unset):  Default: 'all'.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):
        body (PostConvaiKnowledgeBaseDependentAgentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiDependentAgentPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        dependent_type=dependent_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: PostConvaiKnowledgeBaseDependentAgentsRequest,
    dependent_type: KnowledgeBaseDependentType | Unset = "all",
    page_size: int | Unset = 30,
    cursor: None | str | Unset = UNSET,
) -> ConvaiDependentAgentPage:
    """List the agents that use each of several documents.

    Args:
        dependent_type (KnowledgeBaseDependentType | Unset):  Default: 'all'.
        page_size (int | Unset):  Default: 30.
        cursor (None | str | Unset):
        body (PostConvaiKnowledgeBaseDependentAgentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiDependentAgentPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )
    )
