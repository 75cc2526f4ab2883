from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
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
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiLiveKitToken.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]) -> ConvaiLiveKitToken:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiLiveKitToken, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]
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
    client: SyncApiClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiLiveKitToken:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiLiveKitToken
    """

    return _success(
        sync_detailed(
            client=client,
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiLiveKitToken | HTTPValidationError]
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
    client: AsyncApiClient,
    agent_id: str,
    participant_name: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiLiveKitToken:
    """Get a WebRTC (LiveKit) token to talk to an agent.

    Args:
        agent_id (str):
        participant_name (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        debug_events_request (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiLiveKitToken
    """

    return _success(
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            participant_name=participant_name,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    )
