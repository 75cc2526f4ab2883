from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.replicate_voice_to_isolated_environment_request_model import (
    ReplicateVoiceToIsolatedEnvironmentRequestModel,
)
from ...models.replicate_voice_to_isolated_environment_response_model import (
    ReplicateVoiceToIsolatedEnvironmentResponseModel,
)
from ...types import Response


def _get_kwargs(
    voice_id: str,
    *,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/{voice_id}/replicate-to-isolated-environment".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    if response.status_code == 200:
        response_200 = ReplicateVoiceToIsolatedEnvironmentResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> Response[HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]:
    """Copy a voice into an isolated environment.

    Args:
        voice_id (str):
        body (ReplicateVoiceToIsolatedEnvironmentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    """Copy a voice into an isolated environment.

    Args:
        voice_id (str):
        body (ReplicateVoiceToIsolatedEnvironmentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> Response[HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]:
    """Copy a voice into an isolated environment.

    Args:
        voice_id (str):
        body (ReplicateVoiceToIsolatedEnvironmentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    """Copy a voice into an isolated environment.

    Args:
        voice_id (str):
        body (ReplicateVoiceToIsolatedEnvironmentRequestModel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
        )
    ).parsed
