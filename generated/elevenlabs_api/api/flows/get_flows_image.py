from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_flows_image_status_type_0 import GetFlowsImageStatusType0
from ...models.http_validation_error import HTTPValidationError
from ...models.media_generation_list_response import MediaGenerationListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsImageStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/flows/image",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MediaGenerationListResponse | None:
    if response.status_code == 200:
        response_200 = MediaGenerationListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsImageStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    """List image generations.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsImageStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaGenerationListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsImageStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> HTTPValidationError | MediaGenerationListResponse | None:
    """List image generations.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsImageStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaGenerationListResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsImageStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    """List image generations.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsImageStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaGenerationListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsImageStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> HTTPValidationError | MediaGenerationListResponse | None:
    """List image generations.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsImageStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaGenerationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )
    ).parsed
