from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_voice_accents_response_model import GetVoiceAccentsResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/accents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetVoiceAccentsResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetVoiceAccentsResponseModel.from_dict(response.json())

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
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[GetVoiceAccentsResponseModel | HTTPValidationError]) -> GetVoiceAccentsResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetVoiceAccentsResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetVoiceAccentsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        language=language,
        model_id=model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetVoiceAccentsResponseModel
    """

    return _success(
        sync_detailed(
            client=client,
            language=language,
            model_id=model_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetVoiceAccentsResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        language=language,
        model_id=model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetVoiceAccentsResponseModel
    """

    return _success(
        await asyncio_detailed(
            client=client,
            language=language,
            model_id=model_id,
        )
    )
