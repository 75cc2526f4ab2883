from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_flows_text_to_speech_status_type_0 import (
    GetFlowsTextToSpeechStatusType0,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.media_generation_list_response import MediaGenerationListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsTextToSpeechStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/flows/text-to-speech",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | MediaGenerationListResponse | None:
    if response.status_code == 200:
        response_200 = MediaGenerationListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | MediaGenerationListResponse]) -> MediaGenerationListResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MediaGenerationListResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsTextToSpeechStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    """List text-to-speech generations of flows.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsTextToSpeechStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsTextToSpeechStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> MediaGenerationListResponse:
    """List text-to-speech generations of flows.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsTextToSpeechStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsTextToSpeechStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MediaGenerationListResponse]:
    """List text-to-speech generations of flows.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsTextToSpeechStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationListResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    status: GetFlowsTextToSpeechStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> MediaGenerationListResponse:
    """List text-to-speech generations of flows.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        status (GetFlowsTextToSpeechStatusType0 | None | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )
    )
