from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.post_convai_agent_testing_bulk_move_request import PostConvaiAgentTestingBulkMoveRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PostConvaiAgentTestingBulkMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agent-testing/bulk-move",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | HTTPValidationError]) -> Any:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(Any, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: PostConvaiAgentTestingBulkMoveRequest,
) -> Response[Any | HTTPValidationError]:
    """Move several agent tests or folders at once.

    Args:
        body (PostConvaiAgentTestingBulkMoveRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | HTTPValidationError]
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
    body: PostConvaiAgentTestingBulkMoveRequest,
) -> Any:
    """Move several agent tests or folders at once.

    Args:
        body (PostConvaiAgentTestingBulkMoveRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any
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
    body: PostConvaiAgentTestingBulkMoveRequest,
) -> Response[Any | HTTPValidationError]:
    """Move several agent tests or folders at once.

    Args:
        body (PostConvaiAgentTestingBulkMoveRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: PostConvaiAgentTestingBulkMoveRequest,
) -> Any:
    """Move several agent tests or folders at once.

    Args:
        body (PostConvaiAgentTestingBulkMoveRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
