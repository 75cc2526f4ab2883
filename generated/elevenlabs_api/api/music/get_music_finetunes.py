from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.finetune_created_by import FinetuneCreatedBy
from ...models.finetune_visibility import FinetuneVisibility
from ...models.get_music_finetunes_sort import GetMusicFinetunesSort
from ...models.get_music_finetunes_sort_direction import (
    GetMusicFinetunesSortDirection,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.music_finetune_page_response_model import MusicFinetunePageResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: GetMusicFinetunesSort | Unset = "created_at",
    sort_direction: GetMusicFinetunesSortDirection | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_visibility: None | str | Unset
    if isinstance(visibility, Unset):
        json_visibility = UNSET
    elif isinstance(visibility, str):
        json_visibility = visibility
    else:
        json_visibility = visibility
    params["visibility"] = json_visibility

    json_created_by: None | str | Unset
    if isinstance(created_by, Unset):
        json_created_by = UNSET
    elif isinstance(created_by, str):
        json_created_by = created_by
    else:
        json_created_by = created_by
    params["created_by"] = json_created_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/music/finetunes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | MusicFinetunePageResponseModel | None:
    if response.status_code == 200:
        response_200 = MusicFinetunePageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[HTTPValidationError | MusicFinetunePageResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | MusicFinetunePageResponseModel],
) -> MusicFinetunePageResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MusicFinetunePageResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: GetMusicFinetunesSort | Unset = "created_at",
    sort_direction: GetMusicFinetunesSortDirection | Unset = "desc",
) -> Response[HTTPValidationError | MusicFinetunePageResponseModel]:
    """List music finetunes.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 50.
        visibility (FinetuneVisibility | None | Unset):
        created_by (FinetuneCreatedBy | None | Unset):
        sort (GetMusicFinetunesSort | Unset):  Default: 'created_at'.
        sort_direction (GetMusicFinetunesSortDirection | Unset):  Default: 'desc'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MusicFinetunePageResponseModel]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        visibility=visibility,
        created_by=created_by,
        sort=sort,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: GetMusicFinetunesSort | Unset = "created_at",
    sort_direction: GetMusicFinetunesSortDirection | Unset = "desc",
) -> MusicFinetunePageResponseModel:
    """List music finetunes.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 50.
        visibility (FinetuneVisibility | None | Unset):
        created_by (FinetuneCreatedBy | None | Unset):
        sort (GetMusicFinetunesSort | Unset):  Default: 'created_at'.
        sort_direction (GetMusicFinetunesSortDirection | Unset):  Default: 'desc'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MusicFinetunePageResponseModel
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            visibility=visibility,
            created_by=created_by,
            sort=sort,
            sort_direction=sort_direction,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: GetMusicFinetunesSort | Unset = "created_at",
    sort_direction: GetMusicFinetunesSortDirection | Unset = "desc",
) -> Response[HTTPValidationError | MusicFinetunePageResponseModel]:
    """List music finetunes.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 50.
        visibility (FinetuneVisibility | None | Unset):
        created_by (FinetuneCreatedBy | None | Unset):
        sort (GetMusicFinetunesSort | Unset):  Default: 'created_at'.
        sort_direction (GetMusicFinetunesSortDirection | Unset):  Default: 'desc'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MusicFinetunePageResponseModel]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        visibility=visibility,
        created_by=created_by,
        sort=sort,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    visibility: FinetuneVisibility | None | Unset = UNSET,
    created_by: FinetuneCreatedBy | None | Unset = UNSET,
    sort: GetMusicFinetunesSort | Unset = "created_at",
    sort_direction: GetMusicFinetunesSortDirection | Unset = "desc",
) -> MusicFinetunePageResponseModel:
    """List music finetunes.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 50.
        visibility (FinetuneVisibility | None | Unset):
        created_by (FinetuneCreatedBy | None | Unset):
        sort (GetMusicFinetunesSort | Unset):  Default: 'created_at'.
        sort_direction (GetMusicFinetunesSortDirection | Unset):  Default: 'desc'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MusicFinetunePageResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            visibility=visibility,
            created_by=created_by,
            sort=sort,
            sort_direction=sort_direction,
        )
    )
