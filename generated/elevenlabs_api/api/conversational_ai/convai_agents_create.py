from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.convai_agent_create_request import ConvaiAgentCreateRequest
from ...models.convai_agent_created import ConvaiAgentCreated
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enable_versioning"] = enable_versioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiAgentCreated.from_dict(response.json())

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
) -> Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]) -> ConvaiAgentCreated:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiAgentCreated, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> ConvaiAgentCreated:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentCreated
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            enable_versioning=enable_versioning,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | ConvaiAgentCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        enable_versioning=enable_versioning,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: ConvaiAgentCreateRequest,
    enable_versioning: bool | Unset = UNSET,
) -> ConvaiAgentCreated:
    """Create an agent.

    Args:
        enable_versioning (bool | Unset):
        body (ConvaiAgentCreateRequest): A new agent.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiAgentCreated
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            enable_versioning=enable_versioning,
        )
    )
