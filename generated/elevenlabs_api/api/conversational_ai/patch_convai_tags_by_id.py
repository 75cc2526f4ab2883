from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.conversation_tag_response_model import ConversationTagResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.patch_conversation_tag_request_model import PatchConversationTagRequestModel
from ...types import Response


def _get_kwargs(
    tag_id: str,
    *,
    body: PatchConversationTagRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/tags/{tag_id}".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ConversationTagResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConversationTagResponseModel.from_dict(response.json())

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
) -> Response[ConversationTagResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ConversationTagResponseModel | HTTPValidationError]) -> ConversationTagResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ConversationTagResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tag_id: str,
    *,
    client: SyncApiClient,
    body: PatchConversationTagRequestModel,
) -> Response[ConversationTagResponseModel | HTTPValidationError]:
    """Change a conversation tag.

    Args:
        tag_id (str):
        body (PatchConversationTagRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConversationTagResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_id: str,
    *,
    client: SyncApiClient,
    body: PatchConversationTagRequestModel,
) -> ConversationTagResponseModel:
    """Change a conversation tag.

    Args:
        tag_id (str):
        body (PatchConversationTagRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConversationTagResponseModel
    """

    return _success(
        sync_detailed(
            tag_id=tag_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AsyncApiClient,
    body: PatchConversationTagRequestModel,
) -> Response[ConversationTagResponseModel | HTTPValidationError]:
    """Change a conversation tag.

    Args:
        tag_id (str):
        body (PatchConversationTagRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ConversationTagResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: str,
    *,
    client: AsyncApiClient,
    body: PatchConversationTagRequestModel,
) -> ConversationTagResponseModel:
    """Change a conversation tag.

    Args:
        tag_id (str):
        body (PatchConversationTagRequestModel):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ConversationTagResponseModel
    """

    return _success(
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
            body=body,
        )
    )
