from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.music_finetune_response_model import MusicFinetuneResponseModel
from ...types import Response


def _get_kwargs(
    finetune_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/music/finetunes/{finetune_id}".format(
            finetune_id=quote(str(finetune_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    if response.status_code == 200:
        response_200 = MusicFinetuneResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | HTTPValidationError | MusicFinetuneResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | MusicFinetuneResponseModel]:
    """Get a music finetune and its training status.

    Args:
        finetune_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MusicFinetuneResponseModel]
    """

    kwargs = _get_kwargs(
        finetune_id=finetune_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    finetune_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    """Get a music finetune and its training status.

    Args:
        finetune_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MusicFinetuneResponseModel
    """

    return sync_detailed(
        finetune_id=finetune_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | MusicFinetuneResponseModel]:
    """Get a music finetune and its training status.

    Args:
        finetune_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MusicFinetuneResponseModel]
    """

    kwargs = _get_kwargs(
        finetune_id=finetune_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    finetune_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    """Get a music finetune and its training status.

    Args:
        finetune_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MusicFinetuneResponseModel
    """

    return (
        await asyncio_detailed(
            finetune_id=finetune_id,
            client=client,
        )
    ).parsed
