from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_update_file_document_v1_convai_knowledge_base_documentation_id_update_file_patch import (
    BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
)
from ...models.convai_knowledge_base_file_document import ConvaiKnowledgeBaseFileDocument
from ...models.convai_knowledge_base_text_document import ConvaiKnowledgeBaseTextDocument
from ...models.convai_knowledge_base_url_document import ConvaiKnowledgeBaseUrlDocument
from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    documentation_id: str,
    *,
    body: BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/knowledge-base/{documentation_id}/update-file".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ConvaiKnowledgeBaseFileDocument
            | ConvaiKnowledgeBaseTextDocument
            | ConvaiKnowledgeBaseUrlDocument
            | GetKnowledgeBaseFolderResponseModel
        ):
            if isinstance(data, dict):
                if data.get("type") == "url":
                    response_200_type_0 = ConvaiKnowledgeBaseUrlDocument.from_dict(data)

                    return response_200_type_0
                if data.get("type") == "file":
                    response_200_type_1 = ConvaiKnowledgeBaseFileDocument.from_dict(data)

                    return response_200_type_1
                if data.get("type") == "text":
                    response_200_type_2 = ConvaiKnowledgeBaseTextDocument.from_dict(data)

                    return response_200_type_2
                if data.get("type") == "folder":
                    response_200_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(data)

                    return response_200_type_3

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ConvaiKnowledgeBaseUrlDocument.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = ConvaiKnowledgeBaseFileDocument.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = ConvaiKnowledgeBaseTextDocument.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(data)

            return response_200_type_3

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
) -> Response[
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
]:
    """Replace the file behind a knowledge-base document.

    Args:
        documentation_id (str):
        body (BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
    | None
):
    """Replace the file behind a knowledge-base document.

    Args:
        documentation_id (str):
        body (BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
) -> Response[
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
]:
    """Replace the file behind a knowledge-base document.

    Args:
        documentation_id (str):
        body (BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
) -> (
    ConvaiKnowledgeBaseFileDocument
    | ConvaiKnowledgeBaseTextDocument
    | ConvaiKnowledgeBaseUrlDocument
    | GetKnowledgeBaseFolderResponseModel
    | HTTPValidationError
    | None
):
    """Replace the file behind a knowledge-base document.

    Args:
        documentation_id (str):
        body (BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvaiKnowledgeBaseFileDocument | ConvaiKnowledgeBaseTextDocument | ConvaiKnowledgeBaseUrlDocument | GetKnowledgeBaseFolderResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            body=body,
        )
    ).parsed
