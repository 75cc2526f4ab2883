from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.history_list_sort_direction_type_0 import (
    HistoryListSortDirectionType0,
)
from ...models.history_list_source_type_0 import HistoryListSourceType0
from ...models.history_page import HistoryPage
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 100,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: HistoryListSortDirectionType0 | None | Unset = "desc",
    search: None | str | Unset = UNSET,
    source: HistoryListSourceType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_start_after_history_item_id: None | str | Unset
    if isinstance(start_after_history_item_id, Unset):
        json_start_after_history_item_id = UNSET
    else:
        json_start_after_history_item_id = start_after_history_item_id
    params["start_after_history_item_id"] = json_start_after_history_item_id

    json_voice_id: None | str | Unset
    if isinstance(voice_id, Unset):
        json_voice_id = UNSET
    else:
        json_voice_id = voice_id
    params["voice_id"] = json_voice_id

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    json_date_before_unix: int | None | Unset
    if isinstance(date_before_unix, Unset):
        json_date_before_unix = UNSET
    else:
        json_date_before_unix = date_before_unix
    params["date_before_unix"] = json_date_before_unix

    json_date_after_unix: int | None | Unset
    if isinstance(date_after_unix, Unset):
        json_date_after_unix = UNSET
    else:
        json_date_after_unix = date_after_unix
    params["date_after_unix"] = json_date_after_unix

    json_sort_direction: None | str | Unset
    if isinstance(sort_direction, Unset):
        json_sort_direction = UNSET
    elif isinstance(sort_direction, str):
        json_sort_direction = sort_direction
    else:
        json_sort_direction = sort_direction
    params["sort_direction"] = json_sort_direction

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, str):
        json_source = source
    else:
        json_source = source
    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | HistoryPage | None:
    if response.status_code == 200:
        response_200 = HistoryPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | HistoryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | HTTPValidationError | HistoryPage]) -> HistoryPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(HistoryPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 100,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: HistoryListSortDirectionType0 | None | Unset = "desc",
    search: None | str | Unset = UNSET,
    source: HistoryListSourceType0 | None | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | HistoryPage]:
    """Page through previously generated audio, newest first

    Args:
        page_size (int | Unset):  Default: 100.
        start_after_history_item_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        date_before_unix (int | None | Unset):
        date_after_unix (int | None | Unset):
        sort_direction (HistoryListSortDirectionType0 | None | Unset):  Default: 'desc'.
        search (None | str | Unset):
        source (HistoryListSourceType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | HistoryPage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        start_after_history_item_id=start_after_history_item_id,
        voice_id=voice_id,
        model_id=model_id,
        date_before_unix=date_before_unix,
        date_after_unix=date_after_unix,
        sort_direction=sort_direction,
        search=search,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 100,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: HistoryListSortDirectionType0 | None | Unset = "desc",
    search: None | str | Unset = UNSET,
    source: HistoryListSourceType0 | None | Unset = UNSET,
) -> HistoryPage:
    """Page through previously generated audio, newest first

    Args:
        page_size (int | Unset):  Default: 100.
        start_after_history_item_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        date_before_unix (int | None | Unset):
        date_after_unix (int | None | Unset):
        sort_direction (HistoryListSortDirectionType0 | None | Unset):  Default: 'desc'.
        search (None | str | Unset):
        source (HistoryListSourceType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        HistoryPage
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            start_after_history_item_id=start_after_history_item_id,
            voice_id=voice_id,
            model_id=model_id,
            date_before_unix=date_before_unix,
            date_after_unix=date_after_unix,
            sort_direction=sort_direction,
            search=search,
            source=source,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: HistoryListSortDirectionType0 | None | Unset = "desc",
    search: None | str | Unset = UNSET,
    source: HistoryListSourceType0 | None | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | HistoryPage]:
    """Page through previously generated audio, newest first

    Args:
        page_size (int | Unset):  Default: 100.
        start_after_history_item_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        date_before_unix (int | None | Unset):
        date_after_unix (int | None | Unset):
        sort_direction (HistoryListSortDirectionType0 | None | Unset):  Default: 'desc'.
        search (None | str | Unset):
        source (HistoryListSourceType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | HistoryPage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        start_after_history_item_id=start_after_history_item_id,
        voice_id=voice_id,
        model_id=model_id,
        date_before_unix=date_before_unix,
        date_after_unix=date_after_unix,
        sort_direction=sort_direction,
        search=search,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    start_after_history_item_id: None | str | Unset = UNSET,
    voice_id: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    date_before_unix: int | None | Unset = UNSET,
    date_after_unix: int | None | Unset = UNSET,
    sort_direction: HistoryListSortDirectionType0 | None | Unset = "desc",
    search: None | str | Unset = UNSET,
    source: HistoryListSourceType0 | None | Unset = UNSET,
) -> HistoryPage:
    """Page through previously generated audio, newest first

    Args:
        page_size (int | Unset):  Default: 100.
        start_after_history_item_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        date_before_unix (int | None | Unset):
        date_after_unix (int | None | Unset):
        sort_direction (HistoryListSortDirectionType0 | None | Unset):  Default: 'desc'.
        search (None | str | Unset):
        source (HistoryListSourceType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        HistoryPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            start_after_history_item_id=start_after_history_item_id,
            voice_id=voice_id,
            model_id=model_id,
            date_before_unix=date_before_unix,
            date_after_unix=date_after_unix,
            sort_direction=sort_direction,
            search=search,
            source=source,
        )
    )
