from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convai_signed_url import ConvaiSignedUrl
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["include_conversation_id"] = include_conversation_id

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
        "url": "/v1/convai/conversation/get_signed_url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvaiSignedUrl | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiSignedUrl.from_dict(response.json())

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
) -> Response[ConvaiSignedUrl | HTTPValidationError]:
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
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ConvaiSignedUrl | HTTPValidationError]:
    """Older spelling of the signed-URL endpoint.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiSignedUrl | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
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
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiSignedUrl | HTTPValidationError | None:
    """Older spelling of the signed-URL endpoint.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiSignedUrl | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
        branch_id=branch_id,
        environment=environment,
        debug_events_request=debug_events_request,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ConvaiSignedUrl | HTTPValidationError]:
    """Older spelling of the signed-URL endpoint.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiSignedUrl | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_conversation_id=include_conversation_id,
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
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiSignedUrl | HTTPValidationError | None:
    """Older spelling of the signed-URL endpoint.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiSignedUrl | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    ).parsed
