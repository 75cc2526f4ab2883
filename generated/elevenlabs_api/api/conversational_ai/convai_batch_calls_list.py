from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_batch_call_page import ConvaiBatchCallPage
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_last_doc: None | str | Unset
    if isinstance(last_doc, Unset):
        json_last_doc = UNSET
    else:
        json_last_doc = last_doc
    params["last_doc"] = json_last_doc

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/batch-calling/workspace",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> ConvaiBatchCallPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiBatchCallPage.from_dict(response.json())

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
) -> Response[ConvaiBatchCallPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiBatchCallPage | HTTPValidationError]) -> ConvaiBatchCallPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiBatchCallPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    limit: int | Unset = 100,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> Response[ConvaiBatchCallPage | HTTPValidationError]:
    """List the workspace's batch calls, a page at a time

    Args:
        limit (int | Unset):  Default: 100.
        last_doc (None | str | Unset):
        agent_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiBatchCallPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        last_doc=last_doc,
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    limit: int | Unset = 100,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> ConvaiBatchCallPage:
    """List the workspace's batch calls, a page at a time

    Args:
        limit (int | Unset):  Default: 100.
        last_doc (None | str | Unset):
        agent_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiBatchCallPage
    """

    return _success(
        sync_detailed(
            client=client,
            limit=limit,
            last_doc=last_doc,
            agent_id=agent_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    limit: int | Unset = 100,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> Response[ConvaiBatchCallPage | HTTPValidationError]:
    """List the workspace's batch calls, a page at a time

    Args:
        limit (int | Unset):  Default: 100.
        last_doc (None | str | Unset):
        agent_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiBatchCallPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        last_doc=last_doc,
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    limit: int | Unset = 100,
    last_doc: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
) -> ConvaiBatchCallPage:
    """List the workspace's batch calls, a page at a time

    Args:
        limit (int | Unset):  Default: 100.
        last_doc (None | str | Unset):
        agent_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiBatchCallPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            limit=limit,
            last_doc=last_doc,
            agent_id=agent_id,
        )
    )
