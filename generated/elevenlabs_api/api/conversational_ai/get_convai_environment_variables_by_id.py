from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.environment_variable_response import EnvironmentVariableResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    env_var_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/environment-variables/{env_var_id}".format(
            env_var_id=quote(str(env_var_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EnvironmentVariableResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvironmentVariableResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EnvironmentVariableResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_var_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EnvironmentVariableResponse | HTTPValidationError]:
    """Get an agent environment variable.

    Args:
        env_var_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnvironmentVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_var_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EnvironmentVariableResponse | HTTPValidationError | None:
    """Get an agent environment variable.

    Args:
        env_var_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnvironmentVariableResponse | HTTPValidationError
    """

    return sync_detailed(
        env_var_id=env_var_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_var_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EnvironmentVariableResponse | HTTPValidationError]:
    """Get an agent environment variable.

    Args:
        env_var_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnvironmentVariableResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        env_var_id=env_var_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_var_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EnvironmentVariableResponse | HTTPValidationError | None:
    """Get an agent environment variable.

    Args:
        env_var_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnvironmentVariableResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            env_var_id=env_var_id,
            client=client,
        )
    ).parsed
