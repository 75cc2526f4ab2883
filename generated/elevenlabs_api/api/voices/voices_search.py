from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.voice_page import VoicePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_page_token: None | str | Unset = UNSET,
    page_size: int | Unset = 10,
    search: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    voice_type: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    fine_tuning_state: None | str | Unset = UNSET,
    collection_id: None | str | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = True,
    voice_ids: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_next_page_token: None | str | Unset
    if isinstance(next_page_token, Unset):
        json_next_page_token = UNSET
    else:
        json_next_page_token = next_page_token
    params["next_page_token"] = json_next_page_token

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_sort_direction: None | str | Unset
    if isinstance(sort_direction, Unset):
        json_sort_direction = UNSET
    else:
        json_sort_direction = sort_direction
    params["sort_direction"] = json_sort_direction

    json_voice_type: None | str | Unset
    if isinstance(voice_type, Unset):
        json_voice_type = UNSET
    else:
        json_voice_type = voice_type
    params["voice_type"] = json_voice_type

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_fine_tuning_state: None | str | Unset
    if isinstance(fine_tuning_state, Unset):
        json_fine_tuning_state = UNSET
    else:
        json_fine_tuning_state = fine_tuning_state
    params["fine_tuning_state"] = json_fine_tuning_state

    json_collection_id: None | str | Unset
    if isinstance(collection_id, Unset):
        json_collection_id = UNSET
    else:
        json_collection_id = collection_id
    params["collection_id"] = json_collection_id

    json_gender: None | str | Unset
    if isinstance(gender, Unset):
        json_gender = UNSET
    else:
        json_gender = gender
    params["gender"] = json_gender

    json_age: None | str | Unset
    if isinstance(age, Unset):
        json_age = UNSET
    else:
        json_age = age
    params["age"] = json_age

    json_language: list[str] | None | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, list):
        json_language = language

    else:
        json_language = language
    params["language"] = json_language

    json_accent: None | str | Unset
    if isinstance(accent, Unset):
        json_accent = UNSET
    else:
        json_accent = accent
    params["accent"] = json_accent

    json_use_cases: list[str] | None | Unset
    if isinstance(use_cases, Unset):
        json_use_cases = UNSET
    elif isinstance(use_cases, list):
        json_use_cases = use_cases

    else:
        json_use_cases = use_cases
    params["use_cases"] = json_use_cases

    json_min_notice_period_days: int | None | Unset
    if isinstance(min_notice_period_days, Unset):
        json_min_notice_period_days = UNSET
    else:
        json_min_notice_period_days = min_notice_period_days
    params["min_notice_period_days"] = json_min_notice_period_days

    json_include_custom_rates: bool | None | Unset
    if isinstance(include_custom_rates, Unset):
        json_include_custom_rates = UNSET
    else:
        json_include_custom_rates = include_custom_rates
    params["include_custom_rates"] = json_include_custom_rates

    json_include_live_moderated: bool | None | Unset
    if isinstance(include_live_moderated, Unset):
        json_include_live_moderated = UNSET
    else:
        json_include_live_moderated = include_live_moderated
    params["include_live_moderated"] = json_include_live_moderated

    json_high_quality: bool | None | Unset
    if isinstance(high_quality, Unset):
        json_high_quality = UNSET
    else:
        json_high_quality = high_quality
    params["high_quality"] = json_high_quality

    params["include_total_count"] = include_total_count

    json_voice_ids: list[str] | None | Unset
    if isinstance(voice_ids, Unset):
        json_voice_ids = UNSET
    elif isinstance(voice_ids, list):
        json_voice_ids = voice_ids

    else:
        json_voice_ids = voice_ids
    params["voice_ids"] = json_voice_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | VoicePage | None:
    if response.status_code == 200:
        response_200 = VoicePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | VoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | HTTPValidationError | VoicePage]) -> VoicePage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(VoicePage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    next_page_token: None | str | Unset = UNSET,
    page_size: int | Unset = 10,
    search: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    voice_type: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    fine_tuning_state: None | str | Unset = UNSET,
    collection_id: None | str | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = True,
    voice_ids: list[str] | None | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | VoicePage]:
    """Search and page through the account's voices

    Args:
        next_page_token (None | str | Unset):
        page_size (int | Unset):  Default: 10.
        search (None | str | Unset):
        sort (None | str | Unset):
        sort_direction (None | str | Unset):
        voice_type (None | str | Unset):
        category (None | str | Unset):
        fine_tuning_state (None | str | Unset):
        collection_id (None | str | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        language (list[str] | None | Unset):
        accent (None | str | Unset):
        use_cases (list[str] | None | Unset):
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        high_quality (bool | None | Unset):
        include_total_count (bool | Unset):  Default: True.
        voice_ids (list[str] | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoicePage]
    """

    kwargs = _get_kwargs(
        next_page_token=next_page_token,
        page_size=page_size,
        search=search,
        sort=sort,
        sort_direction=sort_direction,
        voice_type=voice_type,
        category=category,
        fine_tuning_state=fine_tuning_state,
        collection_id=collection_id,
        gender=gender,
        age=age,
        language=language,
        accent=accent,
        use_cases=use_cases,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        high_quality=high_quality,
        include_total_count=include_total_count,
        voice_ids=voice_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    next_page_token: None | str | Unset = UNSET,
    page_size: int | Unset = 10,
    search: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    voice_type: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    fine_tuning_state: None | str | Unset = UNSET,
    collection_id: None | str | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = True,
    voice_ids: list[str] | None | Unset = UNSET,
) -> VoicePage:
    """Search and page through the account's voices

    Args:
        next_page_token (None | str | Unset):
        page_size (int | Unset):  Default: 10.
        search (None | str | Unset):
        sort (None | str | Unset):
        sort_direction (None | str | Unset):
        voice_type (None | str | Unset):
        category (None | str | Unset):
        fine_tuning_state (None | str | Unset):
        collection_id (None | str | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        language (list[str] | None | Unset):
        accent (None | str | Unset):
        use_cases (list[str] | None | Unset):
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        high_quality (bool | None | Unset):
        include_total_count (bool | Unset):  Default: True.
        voice_ids (list[str] | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        VoicePage
    """

    return _success(
        sync_detailed(
            client=client,
            next_page_token=next_page_token,
            page_size=page_size,
            search=search,
            sort=sort,
            sort_direction=sort_direction,
            voice_type=voice_type,
            category=category,
            fine_tuning_state=fine_tuning_state,
            collection_id=collection_id,
            gender=gender,
            age=age,
            language=language,
            accent=accent,
            use_cases=use_cases,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            high_quality=high_quality,
            include_total_count=include_total_count,
            voice_ids=voice_ids,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    next_page_token: None | str | Unset = UNSET,
    page_size: int | Unset = 10,
    search: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    voice_type: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    fine_tuning_state: None | str | Unset = UNSET,
    collection_id: None | str | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = True,
    voice_ids: list[str] | None | Unset = UNSET,
) -> Response[ApiErrorResponse | HTTPValidationError | VoicePage]:
    """Search and page through the account's voices

    Args:
        next_page_token (None | str | Unset):
        page_size (int | Unset):  Default: 10.
        search (None | str | Unset):
        sort (None | str | Unset):
        sort_direction (None | str | Unset):
        voice_type (None | str | Unset):
        category (None | str | Unset):
        fine_tuning_state (None | str | Unset):
        collection_id (None | str | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        language (list[str] | None | Unset):
        accent (None | str | Unset):
        use_cases (list[str] | None | Unset):
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        high_quality (bool | None | Unset):
        include_total_count (bool | Unset):  Default: True.
        voice_ids (list[str] | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | VoicePage]
    """

    kwargs = _get_kwargs(
        next_page_token=next_page_token,
        page_size=page_size,
        search=search,
        sort=sort,
        sort_direction=sort_direction,
        voice_type=voice_type,
        category=category,
        fine_tuning_state=fine_tuning_state,
        collection_id=collection_id,
        gender=gender,
        age=age,
        language=language,
        accent=accent,
        use_cases=use_cases,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        high_quality=high_quality,
        include_total_count=include_total_count,
        voice_ids=voice_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    next_page_token: None | str | Unset = UNSET,
    page_size: int | Unset = 10,
    search: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    sort_direction: None | str | Unset = UNSET,
    voice_type: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    fine_tuning_state: None | str | Unset = UNSET,
    collection_id: None | str | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    language: list[str] | None | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    high_quality: bool | None | Unset = UNSET,
    include_total_count: bool | Unset = True,
    voice_ids: list[str] | None | Unset = UNSET,
) -> VoicePage:
    """Search and page through the account's voices

    Args:
        next_page_token (None | str | Unset):
        page_size (int | Unset):  Default: 10.
        search (None | str | Unset):
        sort (None | str | Unset):
        sort_direction (None | str | Unset):
        voice_type (None | str | Unset):
        category (None | str | Unset):
        fine_tuning_state (None | str | Unset):
        collection_id (None | str | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        language (list[str] | None | Unset):
        accent (None | str | Unset):
        use_cases (list[str] | None | Unset):
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        high_quality (bool | None | Unset):
        include_total_count (bool | Unset):  Default: True.
        voice_ids (list[str] | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        VoicePage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            next_page_token=next_page_token,
            page_size=page_size,
            search=search,
            sort=sort,
            sort_direction=sort_direction,
            voice_type=voice_type,
            category=category,
            fine_tuning_state=fine_tuning_state,
            collection_id=collection_id,
            gender=gender,
            age=age,
            language=language,
            accent=accent,
            use_cases=use_cases,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            high_quality=high_quality,
            include_total_count=include_total_count,
            voice_ids=voice_ids,
        )
    )
