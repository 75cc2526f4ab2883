from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.convai_conversation_page import ConvaiConversationPage
from ...models.convai_conversations_list_summary_mode import (
    ConvaiConversationsListSummaryMode,
)
from ...models.convai_evaluation_result import ConvaiEvaluationResult
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConvaiConversationsListSummaryMode | Unset = "exclude",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_call_successful: None | str | Unset
    if isinstance(call_successful, Unset):
        json_call_successful = UNSET
    elif isinstance(call_successful, str):
        json_call_successful = call_successful
    else:
        json_call_successful = call_successful
    params["call_successful"] = json_call_successful

    json_call_start_before_unix: int | None | Unset
    if isinstance(call_start_before_unix, Unset):
        json_call_start_before_unix = UNSET
    else:
        json_call_start_before_unix = call_start_before_unix
    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset
    if isinstance(call_start_after_unix, Unset):
        json_call_start_after_unix = UNSET
    else:
        json_call_start_after_unix = call_start_after_unix
    params["call_start_after_unix"] = json_call_start_after_unix

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params["page_size"] = page_size

    json_summary_mode: str | Unset = UNSET
    if not isinstance(summary_mode, Unset):
        json_summary_mode = summary_mode

    params["summary_mode"] = json_summary_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConvaiConversationPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvaiConversationPage.from_dict(response.json())

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
) -> Response[ConvaiConversationPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConvaiConversationPage | HTTPValidationError]) -> ConvaiConversationPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConvaiConversationPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConvaiConversationsListSummaryMode | Unset = "exclude",
) -> Response[ConvaiConversationPage | HTTPValidationError]:
    """List past conversations, newest first, a page at a time.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConvaiConversationsListSummaryMode | Unset):  Default: 'exclude'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiConversationPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        agent_id=agent_id,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        user_id=user_id,
        page_size=page_size,
        summary_mode=summary_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConvaiConversationsListSummaryMode | Unset = "exclude",
) -> ConvaiConversationPage:
    """List past conversations, newest first, a page at a time.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConvaiConversationsListSummaryMode | Unset):  Default: 'exclude'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiConversationPage
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            agent_id=agent_id,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            user_id=user_id,
            page_size=page_size,
            summary_mode=summary_mode,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConvaiConversationsListSummaryMode | Unset = "exclude",
) -> Response[ConvaiConversationPage | HTTPValidationError]:
    """List past conversations, newest first, a page at a time.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConvaiConversationsListSummaryMode | Unset):  Default: 'exclude'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConvaiConversationPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        agent_id=agent_id,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        user_id=user_id,
        page_size=page_size,
        summary_mode=summary_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: ConvaiEvaluationResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConvaiConversationsListSummaryMode | Unset = "exclude",
) -> ConvaiConversationPage:
    """List past conversations, newest first, a page at a time.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (ConvaiEvaluationResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConvaiConversationsListSummaryMode | Unset):  Default: 'exclude'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConvaiConversationPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            agent_id=agent_id,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            user_id=user_id,
            page_size=page_size,
            summary_mode=summary_mode,
        )
    )
