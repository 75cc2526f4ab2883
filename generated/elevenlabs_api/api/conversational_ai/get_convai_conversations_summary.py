from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_conversation_summary_response_model import GetConversationSummaryResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    max_messages: int | Unset = 40,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_messages"] = max_messages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/{conversation_id}/summary".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetConversationSummaryResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetConversationSummaryResponseModel.from_dict(response.json())

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
) -> Response[GetConversationSummaryResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetConversationSummaryResponseModel | HTTPValidationError],
) -> GetConversationSummaryResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetConversationSummaryResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    conversation_id: str,
    *,
    client: SyncApiClient,
    max_messages: int | Unset = 40,
) -> Response[GetConversationSummaryResponseModel | HTTPValidationError]:
    """Get the summary of a conversation.

    Args:
        conversation_id (str):
        max_messages (int | Unset):  Default: 40.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConversationSummaryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_messages=max_messages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: SyncApiClient,
    max_messages: int | Unset = 40,
) -> GetConversationSummaryResponseModel:
    """Get the summary of a conversation.

    Args:
        conversation_id (str):
        max_messages (int | Unset):  Default: 40.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConversationSummaryResponseModel
    """

    return _success(
        sync_detailed(
            conversation_id=conversation_id,
            client=client,
            max_messages=max_messages,
        )
    )


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AsyncApiClient,
    max_messages: int | Unset = 40,
) -> Response[GetConversationSummaryResponseModel | HTTPValidationError]:
    """Get the summary of a conversation.

    Args:
        conversation_id (str):
        max_messages (int | Unset):  Default: 40.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetConversationSummaryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_messages=max_messages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AsyncApiClient,
    max_messages: int | Unset = 40,
) -> GetConversationSummaryResponseModel:
    """Get the summary of a conversation.

    Args:
        conversation_id (str):
        max_messages (int | Unset):  Default: 40.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetConversationSummaryResponseModel
    """

    return _success(
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            max_messages=max_messages,
        )
    )
