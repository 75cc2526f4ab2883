from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_list_creation_sources_type_0_item import (
    DubbingListCreationSourcesType0Item,
)
from ...models.dubbing_list_dubbing_models_type_0_item import (
    DubbingListDubbingModelsType0Item,
)
from ...models.dubbing_list_dubbing_status import DubbingListDubbingStatus
from ...models.dubbing_list_dubbing_statuses_type_0_item import (
    DubbingListDubbingStatusesType0Item,
)
from ...models.dubbing_list_filter_by_creator import DubbingListFilterByCreator
from ...models.dubbing_list_order_by import DubbingListOrderBy
from ...models.dubbing_list_order_direction import DubbingListOrderDirection
from ...models.dubbing_page import DubbingPage
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = "all",
    order_by: DubbingListOrderBy | Unset = "created_at",
    order_direction: DubbingListOrderDirection | Unset = "DESCENDING",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_dubbing_status: str | Unset = UNSET
    if not isinstance(dubbing_status, Unset):
        json_dubbing_status = dubbing_status

    params["dubbing_status"] = json_dubbing_status

    json_dubbing_statuses: list[str] | None | Unset
    if isinstance(dubbing_statuses, Unset):
        json_dubbing_statuses = UNSET
    elif isinstance(dubbing_statuses, list):
        json_dubbing_statuses = []
        for dubbing_statuses_type_0_item_data in dubbing_statuses:
            dubbing_statuses_type_0_item: str = dubbing_statuses_type_0_item_data
            json_dubbing_statuses.append(dubbing_statuses_type_0_item)

    else:
        json_dubbing_statuses = dubbing_statuses
    params["dubbing_statuses"] = json_dubbing_statuses

    json_dubbing_models: list[str] | None | Unset
    if isinstance(dubbing_models, Unset):
        json_dubbing_models = UNSET
    elif isinstance(dubbing_models, list):
        json_dubbing_models = []
        for dubbing_models_type_0_item_data in dubbing_models:
            dubbing_models_type_0_item: str = dubbing_models_type_0_item_data
            json_dubbing_models.append(dubbing_models_type_0_item)

    else:
        json_dubbing_models = dubbing_models
    params["dubbing_models"] = json_dubbing_models

    json_target_language_codes: list[str] | None | Unset
    if isinstance(target_language_codes, Unset):
        json_target_language_codes = UNSET
    elif isinstance(target_language_codes, list):
        json_target_language_codes = target_language_codes

    else:
        json_target_language_codes = target_language_codes
    params["target_language_codes"] = json_target_language_codes

    json_creation_sources: list[str] | None | Unset
    if isinstance(creation_sources, Unset):
        json_creation_sources = UNSET
    elif isinstance(creation_sources, list):
        json_creation_sources = []
        for creation_sources_type_0_item_data in creation_sources:
            creation_sources_type_0_item: str = creation_sources_type_0_item_data
            json_creation_sources.append(creation_sources_type_0_item)

    else:
        json_creation_sources = creation_sources
    params["creation_sources"] = json_creation_sources

    json_filter_by_creator: str | Unset = UNSET
    if not isinstance(filter_by_creator, Unset):
        json_filter_by_creator = filter_by_creator

    params["filter_by_creator"] = json_filter_by_creator

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction

    params["order_direction"] = json_order_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> DubbingPage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingPage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[DubbingPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[DubbingPage | HTTPValidationError]) -> DubbingPage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingPage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = "all",
    order_by: DubbingListOrderBy | Unset = "created_at",
    order_direction: DubbingListOrderDirection | Unset = "DESCENDING",
) -> Response[DubbingPage | HTTPValidationError]:
    """Page through the dubbing projects the account can see

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        dubbing_status (DubbingListDubbingStatus | Unset):
        dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset):
        dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset):
        target_language_codes (list[str] | None | Unset):
        creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset):
        filter_by_creator (DubbingListFilterByCreator | Unset):  Default: 'all'.
        order_by (DubbingListOrderBy | Unset):  Default: 'created_at'.
        order_direction (DubbingListOrderDirection | Unset):  Default: 'DESCENDING'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = "all",
    order_by: DubbingListOrderBy | Unset = "created_at",
    order_direction: DubbingListOrderDirection | Unset = "DESCENDING",
) -> DubbingPage:
    """Page through the dubbing projects the account can see

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        dubbing_status (DubbingListDubbingStatus | Unset):
        dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset):
        dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset):
        target_language_codes (list[str] | None | Unset):
        creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset):
        filter_by_creator (DubbingListFilterByCreator | Unset):  Default: 'all'.
        order_by (DubbingListOrderBy | Unset):  Default: 'created_at'.
        order_direction (DubbingListOrderDirection | Unset):  Default: 'DESCENDING'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingPage
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = "all",
    order_by: DubbingListOrderBy | Unset = "created_at",
    order_direction: DubbingListOrderDirection | Unset = "DESCENDING",
) -> Response[DubbingPage | HTTPValidationError]:
    """Page through the dubbing projects the account can see

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        dubbing_status (DubbingListDubbingStatus | Unset):
        dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset):
        dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset):
        target_language_codes (list[str] | None | Unset):
        creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset):
        filter_by_creator (DubbingListFilterByCreator | Unset):  Default: 'all'.
        order_by (DubbingListOrderBy | Unset):  Default: 'created_at'.
        order_direction (DubbingListOrderDirection | Unset):  Default: 'DESCENDING'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingPage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = "all",
    order_by: DubbingListOrderBy | Unset = "created_at",
    order_direction: DubbingListOrderDirection | Unset = "DESCENDING",
) -> DubbingPage:
    """Page through the dubbing projects the account can see

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        dubbing_status (DubbingListDubbingStatus | Unset):
        dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset):
        dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset):
        target_language_codes (list[str] | None | Unset):
        creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset):
        filter_by_creator (DubbingListFilterByCreator | Unset):  Default: 'all'.
        order_by (DubbingListOrderBy | Unset):  Default: 'created_at'.
        order_direction (DubbingListOrderDirection | Unset):  Default: 'DESCENDING'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingPage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )
    )
