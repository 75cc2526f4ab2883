from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_test_created import ConvaiTestCreated
from ...models.create_response_unit_test_request import CreateResponseUnitTestRequest
from ...models.create_simulation_test_request import CreateSimulationTestRequest
from ...models.create_tool_call_unit_test_request import CreateToolCallUnitTestRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agent-testing/create",
    }

    if isinstance(body, CreateResponseUnitTestRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateToolCallUnitTestRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiTestCreated | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiTestCreated.from_dict(response.json())

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
) -> Response[ConvaiTestCreated | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiTestCreated | HTTPValidationError]) -> ConvaiTestCreated:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiTestCreated, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> Response[ConvaiTestCreated | HTTPValidationError]:
    """Create an agent response test.

    Args:
        body (CreateResponseUnitTestRequest | CreateSimulationTestRequest |
            CreateToolCallUnitTestRequest): A new agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiTestCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> ConvaiTestCreated:
    """Create an agent response test.

    Args:
        body (CreateResponseUnitTestRequest | CreateSimulationTestRequest |
            CreateToolCallUnitTestRequest): A new agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiTestCreated
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> Response[ConvaiTestCreated | HTTPValidationError]:
    """Create an agent response test.

    Args:
        body (CreateResponseUnitTestRequest | CreateSimulationTestRequest |
            CreateToolCallUnitTestRequest): A new agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiTestCreated | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: CreateResponseUnitTestRequest | CreateSimulationTestRequest | CreateToolCallUnitTestRequest,
) -> ConvaiTestCreated:
    """Create an agent response test.

    Args:
        body (CreateResponseUnitTestRequest | CreateSimulationTestRequest |
            CreateToolCallUnitTestRequest): A new agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiTestCreated
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
