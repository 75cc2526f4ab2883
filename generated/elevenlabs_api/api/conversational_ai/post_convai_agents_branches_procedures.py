from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_procedure_request_model import CreateProcedureRequestModel
from ...models.create_procedure_response_model import CreateProcedureResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    *,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }

    if isinstance(body, CreateProcedureRequestModel):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateProcedureResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateProcedureResponseModel.from_dict(response.json())

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
) -> Response[CreateProcedureResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> Response[CreateProcedureResponseModel | HTTPValidationError]:
    """Add a procedure to an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        body (CreateProcedureRequestModel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProcedureResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> CreateProcedureResponseModel | HTTPValidationError | None:
    """Add a procedure to an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        body (CreateProcedureRequestModel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProcedureResponseModel | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        branch_id=branch_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> Response[CreateProcedureResponseModel | HTTPValidationError]:
    """Add a procedure to an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        body (CreateProcedureRequestModel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProcedureResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateProcedureRequestModel | None | Unset = UNSET,
) -> CreateProcedureResponseModel | HTTPValidationError | None:
    """Add a procedure to an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        body (CreateProcedureRequestModel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProcedureResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            client=client,
            body=body,
        )
    ).parsed
