from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_agent import ConvaiAgent
from ...models.convai_agent_update_request import ConvaiAgentUpdateRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    body: ConvaiAgentUpdateRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_versioning_if_not_enabled"] = enable_versioning_if_not_enabled

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiAgent | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiAgent.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[ConvaiAgent | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiAgent | HTTPValidationError]) -> ConvaiAgent:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiAgent, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    body: ConvaiAgentUpdateRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[ConvaiAgent | HTTPValidationError]:
    """Change an agent's settings, name or tags.

    Args:
        agent_id (str):
        enable_versioning_if_not_enabled (bool | Unset):
        branch_id (None | str | Unset):
        body (ConvaiAgentUpdateRequest | Unset): Changes to an agent; configuration objects are
            merged into the current ones.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiAgent | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: SyncApiClient,
    body: ConvaiAgentUpdateRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> ConvaiAgent:
    """Change an agent's settings, name or tags.

    Args:
        agent_id (str):
        enable_versioning_if_not_enabled (bool | Unset):
        branch_id (None | str | Unset):
        body (ConvaiAgentUpdateRequest | Unset): Changes to an agent; configuration objects are
            merged into the current ones.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgent
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
            branch_id=branch_id,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    body: ConvaiAgentUpdateRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> Response[ConvaiAgent | HTTPValidationError]:
    """Change an agent's settings, name or tags.

    Args:
        agent_id (str):
        enable_versioning_if_not_enabled (bool | Unset):
        branch_id (None | str | Unset):
        body (ConvaiAgentUpdateRequest | Unset): Changes to an agent; configuration objects are
            merged into the current ones.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiAgent | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    body: ConvaiAgentUpdateRequest | Unset = UNSET,
    enable_versioning_if_not_enabled: bool | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
) -> ConvaiAgent:
    """Change an agent's settings, name or tags.

    Args:
        agent_id (str):
        enable_versioning_if_not_enabled (bool | Unset):
        branch_id (None | str | Unset):
        body (ConvaiAgentUpdateRequest | Unset): Changes to an agent; configuration objects are
            merged into the current ones.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgent
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            enable_versioning_if_not_enabled=enable_versioning_if_not_enabled,
            branch_id=branch_id,
        )
    )
