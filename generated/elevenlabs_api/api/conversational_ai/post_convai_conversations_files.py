from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upload_file_v1_convai_conversations_conversation_id_files_post import (
    BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
)
from ...models.conv_ai_file_upload_response_model import ConvAIFileUploadResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/conversations/{conversation_id}/files".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvAIFileUploadResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConvAIFileUploadResponseModel.from_dict(response.json())

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
) -> Response[ConvAIFileUploadResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> Response[ConvAIFileUploadResponseModel | HTTPValidationError]:
    """Upload a file into a running conversation.

    Args:
        conversation_id (str):
        body (BodyUploadFileV1ConvaiConversationsConversationIdFilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAIFileUploadResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> ConvAIFileUploadResponseModel | HTTPValidationError | None:
    """Upload a file into a running conversation.

    Args:
        conversation_id (str):
        body (BodyUploadFileV1ConvaiConversationsConversationIdFilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAIFileUploadResponseModel | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> Response[ConvAIFileUploadResponseModel | HTTPValidationError]:
    """Upload a file into a running conversation.

    Args:
        conversation_id (str):
        body (BodyUploadFileV1ConvaiConversationsConversationIdFilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAIFileUploadResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> ConvAIFileUploadResponseModel | HTTPValidationError | None:
    """Upload a file into a running conversation.

    Args:
        conversation_id (str):
        body (BodyUploadFileV1ConvaiConversationsConversationIdFilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAIFileUploadResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
