from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_audio_isolation_history_response_model import GetAudioIsolationHistoryResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio-isolation/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetAudioIsolationHistoryResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetAudioIsolationHistoryResponseModel.from_dict(response.json())

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
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError],
) -> GetAudioIsolationHistoryResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetAudioIsolationHistoryResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAudioIsolationHistoryResponseModel
    """

    return _success(
        sync_detailed(
            client=client,
            page_size=page_size,
            page=page,
            search=search,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetAudioIsolationHistoryResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 100,
    page: int | Unset = 1,
    search: None | str | Unset = UNSET,
) -> GetAudioIsolationHistoryResponseModel:
    """List past audio isolation jobs.

    Args:
        page_size (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        search (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetAudioIsolationHistoryResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page=page,
            search=search,
        )
    )
