from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.create_agent_branch_response_model import CreateAgentBranchResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.post_convai_agents_branches_request import PostConvaiAgentsBranchesRequest
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: PostConvaiAgentsBranchesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> CreateAgentBranchResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateAgentBranchResponseModel.from_dict(response.json())

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
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[CreateAgentBranchResponseModel | HTTPValidationError],
) -> CreateAgentBranchResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(CreateAgentBranchResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    body: PostConvaiAgentsBranchesRequest,
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (PostConvaiAgentsBranchesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[CreateAgentBranchResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: SyncApiClient,
    body: PostConvaiAgentsBranchesRequest,
) -> CreateAgentBranchResponseModel:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (PostConvaiAgentsBranchesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CreateAgentBranchResponseModel
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    body: PostConvaiAgentsBranchesRequest,
) -> Response[CreateAgentBranchResponseModel | HTTPValidationError]:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (PostConvaiAgentsBranchesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[CreateAgentBranchResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    body: PostConvaiAgentsBranchesRequest,
) -> CreateAgentBranchResponseModel:
    """Create a branch of an agent.

    Args:
        agent_id (str):
        body (PostConvaiAgentsBranchesRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CreateAgentBranchResponseModel
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    )
