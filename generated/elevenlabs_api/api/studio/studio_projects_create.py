from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.studio_project_create_form import StudioProjectCreateForm
from ...models.studio_project_result import StudioProjectResult
from ...types import Response


def _get_kwargs(
    *,
    body: StudioProjectCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/studio/projects",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StudioProjectResult | None:
    if response.status_code == 200:
        response_200 = StudioProjectResult.from_dict(response.json())

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
) -> Response[HTTPValidationError | StudioProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioProjectCreateForm,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Create a Studio project, empty or from a document, URL or structured content.

    Args:
        body (StudioProjectCreateForm): A new project. Give at most one of `from_url`,
            `from_document` and `from_content_json`; with none the project starts blank.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StudioProjectResult]
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
    client: AuthenticatedClient | Client,
    body: StudioProjectCreateForm,
) -> HTTPValidationError | StudioProjectResult | None:
    """Create a Studio project, empty or from a document, URL or structured content.

    Args:
        body (StudioProjectCreateForm): A new project. Give at most one of `from_url`,
            `from_document` and `from_content_json`; with none the project starts blank.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StudioProjectResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioProjectCreateForm,
) -> Response[HTTPValidationError | StudioProjectResult]:
    """Create a Studio project, empty or from a document, URL or structured content.

    Args:
        body (StudioProjectCreateForm): A new project. Give at most one of `from_url`,
            `from_document` and `from_content_json`; with none the project starts blank.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StudioProjectResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StudioProjectCreateForm,
) -> HTTPValidationError | StudioProjectResult | None:
    """Create a Studio project, empty or from a document, URL or structured content.

    Args:
        body (StudioProjectCreateForm): A new project. Give at most one of `from_url`,
            `from_document` and `from_content_json`; with none the project starts blank.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StudioProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
