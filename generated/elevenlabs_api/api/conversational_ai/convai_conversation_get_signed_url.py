from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
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
        "url": "/v1/convai/conversation/get-signed-url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiSignedUrl.from_dict(response.json())

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
) -> Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]) -> ConvaiSignedUrl:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiSignedUrl, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]:
    """Get a signed websocket URL to start a conversation with a private agent.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
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
        Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]
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
    client: SyncApiClient,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiSignedUrl:
    """Get a signed websocket URL to start a conversation with a private agent.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
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
        ConvaiSignedUrl
    """

    return _success(
        sync_detailed(
            client=client,
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]:
    """Get a signed websocket URL to start a conversation with a private agent.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
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
        Response[ApiErrorResponse | ConvaiSignedUrl | HTTPValidationError]
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
    client: AsyncApiClient,
    agent_id: str,
    include_conversation_id: bool | Unset = False,
    branch_id: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    debug_events_request: bool | Unset = False,
) -> ConvaiSignedUrl:
    """Get a signed websocket URL to start a conversation with a private agent.

    Args:
        agent_id (str):
        include_conversation_id (bool | Unset):  Default: False.
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
        ConvaiSignedUrl
    """

    return _success(
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            include_conversation_id=include_conversation_id,
            branch_id=branch_id,
            environment=environment,
            debug_events_request=debug_events_request,
        )
    )
