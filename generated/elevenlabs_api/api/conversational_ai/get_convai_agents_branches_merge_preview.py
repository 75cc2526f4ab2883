from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.merge_preview_response_model import MergePreviewResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    source_branch_id: str,
    *,
    target_branch_id: str,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target_branch_id"] = target_branch_id

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview".format(
            agent_id=quote(str(agent_id), safe=""),
            source_branch_id=quote(str(source_branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MergePreviewResponseModel | None:
    if response.status_code == 200:
        response_200 = MergePreviewResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_branch_id: str,
    force: bool | Unset = False,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MergePreviewResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_branch_id: str,
    force: bool | Unset = False,
) -> HTTPValidationError | MergePreviewResponseModel | None:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MergePreviewResponseModel
    """

    return sync_detailed(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        client=client,
        target_branch_id=target_branch_id,
        force=force,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_branch_id: str,
    force: bool | Unset = False,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MergePreviewResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_branch_id: str,
    force: bool | Unset = False,
) -> HTTPValidationError | MergePreviewResponseModel | None:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MergePreviewResponseModel
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            target_branch_id=target_branch_id,
            force=force,
        )
    ).parsed
