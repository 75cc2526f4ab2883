from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conv_ai_file_upload_response_model import ConvAIFileUploadResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/conversations/{conversation_id}/files/{file_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

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
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConvAIFileUploadResponseModel | HTTPValidationError]:
    """Cancel a file upload to a conversation.

    Args:
        conversation_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAIFileUploadResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConvAIFileUploadResponseModel | HTTPValidationError | None:
    """Cancel a file upload to a conversation.

    Args:
        conversation_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAIFileUploadResponseModel | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConvAIFileUploadResponseModel | HTTPValidationError]:
    """Cancel a file upload to a conversation.

    Args:
        conversation_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAIFileUploadResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConvAIFileUploadResponseModel | HTTPValidationError | None:
    """Cancel a file upload to a conversation.

    Args:
        conversation_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAIFileUploadResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
