from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.library_voice_page import LibraryVoicePage
from ...models.voices_get_shared_category import VoicesGetSharedCategory
from ...models.voices_get_shared_sort import VoicesGetSharedSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 30,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = False,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = False,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = "created_date",
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

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

    json_accent: None | str | Unset
    if isinstance(accent, Unset):
        json_accent = UNSET
    else:
        json_accent = accent
    params["accent"] = json_accent

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    json_locale: None | str | Unset
    if isinstance(locale, Unset):
        json_locale = UNSET
    else:
        json_locale = locale
    params["locale"] = json_locale

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_use_cases: list[str] | None | Unset
    if isinstance(use_cases, Unset):
        json_use_cases = UNSET
    elif isinstance(use_cases, list):
        json_use_cases = use_cases

    else:
        json_use_cases = use_cases
    params["use_cases"] = json_use_cases

    json_descriptives: list[str] | None | Unset
    if isinstance(descriptives, Unset):
        json_descriptives = UNSET
    elif isinstance(descriptives, list):
        json_descriptives = descriptives

    else:
        json_descriptives = descriptives
    params["descriptives"] = json_descriptives

    params["featured"] = featured

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

    params["reader_app_enabled"] = reader_app_enabled

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/shared-voices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | LibraryVoicePage | None:
    if response.status_code == 200:
        response_200 = LibraryVoicePage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[HTTPValidationError | LibraryVoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | LibraryVoicePage]) -> LibraryVoicePage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(LibraryVoicePage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = False,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = False,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = "created_date",
    page: int | Unset = 0,
) -> Response[HTTPValidationError | LibraryVoicePage]:
    """Browse the public voice library

    Args:
        page_size (int | Unset):  Default: 30.
        category (VoicesGetSharedCategory | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        accent (None | str | Unset):
        language (None | str | Unset):
        locale (None | str | Unset):
        search (None | str | Unset):
        use_cases (list[str] | None | Unset):
        descriptives (list[str] | None | Unset):
        featured (bool | Unset):  Default: False.
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        reader_app_enabled (bool | Unset):  Default: False.
        owner_id (None | str | Unset):
        sort (VoicesGetSharedSort | Unset):  Default: 'created_date'.
        page (int | Unset):  Default: 0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | LibraryVoicePage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        category=category,
        gender=gender,
        age=age,
        accent=accent,
        language=language,
        locale=locale,
        search=search,
        use_cases=use_cases,
        descriptives=descriptives,
        featured=featured,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        reader_app_enabled=reader_app_enabled,
        owner_id=owner_id,
        sort=sort,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 30,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = False,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = False,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = "created_date",
    page: int | Unset = 0,
) -> LibraryVoicePage:
    """Browse the public voice library

    Args:
        page_size (int | Unset):  Default: 30.
        category (VoicesGetSharedCategory | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        accent (None | str | Unset):
        language (None | str | Unset):
        locale (None | str | Unset):
        search (None | str | Unset):
        use_cases (list[str] | None | Unset):
        descriptives (list[str] | None | Unset):
        featured (bool | Unset):  Default: False.
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        reader_app_enabled (bool | Unset):  Default: False.
        owner_id (None | str | Unset):
        sort (VoicesGetSharedSort | Unset):  Default: 'created_date'.
        page (int | Unset):  Default: 0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        LibraryVoicePage
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            category=category,
            gender=gender,
            age=age,
            accent=accent,
            language=language,
            locale=locale,
            search=search,
            use_cases=use_cases,
            descriptives=descriptives,
            featured=featured,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            reader_app_enabled=reader_app_enabled,
            owner_id=owner_id,
            sort=sort,
            page=page,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 30,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = False,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = False,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = "created_date",
    page: int | Unset = 0,
) -> Response[HTTPValidationError | LibraryVoicePage]:
    """Browse the public voice library

    Args:
        page_size (int | Unset):  Default: 30.
        category (VoicesGetSharedCategory | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        accent (None | str | Unset):
        language (None | str | Unset):
        locale (None | str | Unset):
        search (None | str | Unset):
        use_cases (list[str] | None | Unset):
        descriptives (list[str] | None | Unset):
        featured (bool | Unset):  Default: False.
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        reader_app_enabled (bool | Unset):  Default: False.
        owner_id (None | str | Unset):
        sort (VoicesGetSharedSort | Unset):  Default: 'created_date'.
        page (int | Unset):  Default: 0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | LibraryVoicePage]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        category=category,
        gender=gender,
        age=age,
        accent=accent,
        language=language,
        locale=locale,
        search=search,
        use_cases=use_cases,
        descriptives=descriptives,
        featured=featured,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        reader_app_enabled=reader_app_enabled,
        owner_id=owner_id,
        sort=sort,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 30,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = False,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = False,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = "created_date",
    page: int | Unset = 0,
) -> LibraryVoicePage:
    """Browse the public voice library

    Args:
        page_size (int | Unset):  Default: 30.
        category (VoicesGetSharedCategory | Unset):
        gender (None | str | Unset):
        age (None | str | Unset):
        accent (None | str | Unset):
        language (None | str | Unset):
        locale (None | str | Unset):
        search (None | str | Unset):
        use_cases (list[str] | None | Unset):
        descriptives (list[str] | None | Unset):
        featured (bool | Unset):  Default: False.
        min_notice_period_days (int | None | Unset):
        include_custom_rates (bool | None | Unset):
        include_live_moderated (bool | None | Unset):
        reader_app_enabled (bool | Unset):  Default: False.
        owner_id (None | str | Unset):
        sort (VoicesGetSharedSort | Unset):  Default: 'created_date'.
        page (int | Unset):  Default: 0.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        LibraryVoicePage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            category=category,
            gender=gender,
            age=age,
            accent=accent,
            language=language,
            locale=locale,
            search=search,
            use_cases=use_cases,
            descriptives=descriptives,
            featured=featured,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            reader_app_enabled=reader_app_enabled,
            owner_id=owner_id,
            sort=sort,
            page=page,
        )
    )
