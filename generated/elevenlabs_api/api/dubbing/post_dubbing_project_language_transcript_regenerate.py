from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dubbing_regenerate_response import DubbingRegenerateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    language_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/project/{project_id}/language/{language_id}/transcript/regenerate".format(
            project_id=quote(str(project_id), safe=""),
            language_id=quote(str(language_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingRegenerateResponse | HTTPValidationError | None:
    if response.status_code == 202:
        response_202 = DubbingRegenerateResponse.from_dict(response.json())

        return response_202

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DubbingRegenerateResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DubbingRegenerateResponse | HTTPValidationError]:
    """Translate a target language's transcript again.

    Args:
        project_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingRegenerateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DubbingRegenerateResponse | HTTPValidationError | None:
    """Translate a target language's transcript again.

    Args:
        project_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingRegenerateResponse | HTTPValidationError
    """

    return sync_detailed(
        project_id=project_id,
        language_id=language_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DubbingRegenerateResponse | HTTPValidationError]:
    """Translate a target language's transcript again.

    Args:
        project_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DubbingRegenerateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DubbingRegenerateResponse | HTTPValidationError | None:
    """Translate a target language's transcript again.

    Args:
        project_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DubbingRegenerateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            language_id=language_id,
            client=client,
        )
    ).parsed
