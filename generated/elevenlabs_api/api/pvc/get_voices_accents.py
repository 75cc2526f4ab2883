from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel | HTTPValidationError | None:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVoiceAccentsResponseModel | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        language=language,
        model_id=model_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HTTPValidationError]:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel | HTTPValidationError | None:
    """List the accents voices can be filtered by.

    Args:
        language (None | str | Unset):
        model_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVoiceAccentsResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            language=language,
            model_id=model_id,
        )
    ).parsed
