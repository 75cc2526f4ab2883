from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post import (
    BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: str,
    *,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/{document_id}/move".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Move a knowledge-base entry into a folder.

    Args:
        document_id (str):
        body (BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Move a knowledge-base entry into a folder.

    Args:
        document_id (str):
        body (BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Move a knowledge-base entry into a folder.

    Args:
        document_id (str):
        body (BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Move a knowledge-base entry into a folder.

    Args:
        document_id (str):
        body (BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
