from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_update_agent_test_folder_v1_convai_agent_testing_folders_folder_id_patch import (
    BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
)
from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    folder_id: str,
    *,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agent-testing/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentTestFolderResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAgentTestFolderResponseModel.from_dict(response.json())

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
) -> Response[GetAgentTestFolderResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> Response[GetAgentTestFolderResponseModel | HTTPValidationError]:
    """Rename or move an agent test folder.

    Args:
        folder_id (str):
        body (BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAgentTestFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> GetAgentTestFolderResponseModel | HTTPValidationError | None:
    """Rename or move an agent test folder.

    Args:
        folder_id (str):
        body (BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAgentTestFolderResponseModel | HTTPValidationError
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> Response[GetAgentTestFolderResponseModel | HTTPValidationError]:
    """Rename or move an agent test folder.

    Args:
        folder_id (str):
        body (BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAgentTestFolderResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> GetAgentTestFolderResponseModel | HTTPValidationError | None:
    """Rename or move an agent test folder.

    Args:
        folder_id (str):
        body (BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAgentTestFolderResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
        )
    ).parsed
