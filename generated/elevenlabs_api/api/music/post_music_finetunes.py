from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_music_finetune_v1_music_finetunes_post import BodyCreateMusicFinetuneV1MusicFinetunesPost
from ...models.http_validation_error import HTTPValidationError
from ...models.music_finetune_response_model import MusicFinetuneResponseModel
from ...types import Response


def _get_kwargs(
    *,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/finetunes",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    if response.status_code == 201:
        response_201 = MusicFinetuneResponseModel.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Response[Any | HTTPValidationError | MusicFinetuneResponseModel]:
    """Train a music finetune from uploaded songs.

    Args:
        body (BodyCreateMusicFinetuneV1MusicFinetunesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MusicFinetuneResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    """Train a music finetune from uploaded songs.

    Args:
        body (BodyCreateMusicFinetuneV1MusicFinetunesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MusicFinetuneResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Response[Any | HTTPValidationError | MusicFinetuneResponseModel]:
    """Train a music finetune from uploaded songs.

    Args:
        body (BodyCreateMusicFinetuneV1MusicFinetunesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | MusicFinetuneResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyCreateMusicFinetuneV1MusicFinetunesPost,
) -> Any | HTTPValidationError | MusicFinetuneResponseModel | None:
    """Train a music finetune from uploaded songs.

    Args:
        body (BodyCreateMusicFinetuneV1MusicFinetunesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | MusicFinetuneResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
