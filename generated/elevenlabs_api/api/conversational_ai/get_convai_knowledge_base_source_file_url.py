from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.knowledge_base_source_file_url_response_model import KnowledgeBaseSourceFileUrlResponseModel
from ...types import Response


def _get_kwargs(
    documentation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/source-file-url".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseSourceFileUrlResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel]:
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
) -> Response[HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel]:
    """Get a download link for a document's original file.

    Args:
        documentation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel | None:
    """Get a download link for a document's original file.

    Args:
        documentation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel]:
    """Get a download link for a document's original file.

    Args:
        documentation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel]
    """

    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel | None:
    """Get a download link for a document's original file.

    Args:
        documentation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | KnowledgeBaseSourceFileUrlResponseModel
    """

    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
        )
    ).parsed
