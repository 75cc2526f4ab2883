from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_live_kit_token import ConvaiLiveKitToken
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    json_participant_name: None | str | Unset
    if isinstance(participant_name, Unset):
        json_participant_name = UNSET
    else:
        json_participant_name = participant_name
    params["participant_name"] = json_participant_name

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_environment: None | str | Unset
    if isinstance(environment, Unset):
        json_environment = UNSET
    else:
        json_environment = environment
    params["environment"] = json_environment

    params["debug_events_request"] = debug_events_request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversation/token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiLiveKitToken | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiLiveKitToken.from_dict(response.json())

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
) -> Response[ConvaiLiveKitToken | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ConvaiLiveKitToken | HTTPValidationError]:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiLiveKitToken | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiLiveKitToken | HTTPValidationError | None:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiLiveKitToken | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ConvaiLiveKitToken | HTTPValidationError]:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiLiveKitToken | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        participant_name=participant_name,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiLiveKitToken | HTTPValidationError | None:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiLiveKitToken | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    ).parsed
