from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_merge_a_branch_into_a_target_branch_v1_convai_agents_agent_id_branches_source_branch_id_merge_post import (
    BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    source_branch_id: str,
    *,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["target_branch_id"] = target_branch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge".format(
            agent_id=quote(str(agent_id), safe=""),
            source_branch_id=quote(str(source_branch_id), safe=""),
        ),
        "params": params,
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
        response_200 = response.json()
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
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Response[Any | HTTPValidationError]:
    """Merge one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        body
            (BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        body=body,
        target_branch_id=target_branch_id,
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
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Any | HTTPValidationError | None:
    """Merge one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        body
            (BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        client=client,
        body=body,
        target_branch_id=target_branch_id,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Response[Any | HTTPValidationError]:
    """Merge one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        body
            (BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        body=body,
        target_branch_id=target_branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost | Unset = UNSET,
    target_branch_id: str,
) -> Any | HTTPValidationError | None:
    """Merge one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        body
            (BodyMergeABranchIntoATargetBranchV1ConvaiAgentsAgentIdBranchesSourceBranchIdMergePost |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            body=body,
            target_branch_id=target_branch_id,
        )
    ).parsed
