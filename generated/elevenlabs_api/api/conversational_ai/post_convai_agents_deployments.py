from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.agent_deployment_response import AgentDeploymentResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.post_convai_agents_deployments_request import PostConvaiAgentsDeploymentsRequest
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: PostConvaiAgentsDeploymentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/deployments".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> AgentDeploymentResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentDeploymentResponse.from_dict(response.json())

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
) -> Response[AgentDeploymentResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[AgentDeploymentResponse | HTTPValidationError]) -> AgentDeploymentResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(AgentDeploymentResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    body: PostConvaiAgentsDeploymentsRequest,
) -> Response[AgentDeploymentResponse | HTTPValidationError]:
    """Deploy agent branches, with traffic shares.

    Args:
        agent_id (str):
        body (PostConvaiAgentsDeploymentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AgentDeploymentResponse | HTTPValidationError]
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
    body: PostConvaiAgentsDeploymentsRequest,
) -> AgentDeploymentResponse:
    """Deploy agent branches, with traffic shares.

    Args:
        agent_id (str):
        body (PostConvaiAgentsDeploymentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AgentDeploymentResponse
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
    body: PostConvaiAgentsDeploymentsRequest,
) -> Response[AgentDeploymentResponse | HTTPValidationError]:
    """Deploy agent branches, with traffic shares.

    Args:
        agent_id (str):
        body (PostConvaiAgentsDeploymentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AgentDeploymentResponse | HTTPValidationError]
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
    body: PostConvaiAgentsDeploymentsRequest,
) -> AgentDeploymentResponse:
    """Deploy agent branches, with traffic shares.

    Args:
        agent_id (str):
        body (PostConvaiAgentsDeploymentsRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AgentDeploymentResponse
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    )
