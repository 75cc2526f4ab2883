from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.single_use_token_response_model import SingleUseTokenResponseModel
from ...models.single_use_token_type import SingleUseTokenType
from ...types import Response


def _get_kwargs(
    token_type: SingleUseTokenType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/single-use-token/{token_type}".format(
            token_type=quote(str(token_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SingleUseTokenResponseModel | None:
    if response.status_code == 200:
        response_200 = SingleUseTokenResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | SingleUseTokenResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | SingleUseTokenResponseModel]:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SingleUseTokenResponseModel]
    """

    kwargs = _get_kwargs(
        token_type=token_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | SingleUseTokenResponseModel | None:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SingleUseTokenResponseModel
    """

    return sync_detailed(
        token_type=token_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | SingleUseTokenResponseModel]:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SingleUseTokenResponseModel]
    """

    kwargs = _get_kwargs(
        token_type=token_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | SingleUseTokenResponseModel | None:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SingleUseTokenResponseModel
    """

    return (
        await asyncio_detailed(
            token_type=token_type,
            client=client,
        )
    ).parsed
