from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.environment_variables_list_response import EnvironmentVariablesListResponse
from ...models.get_convai_environment_variables_type_type_0 import (
    GetConvaiEnvironmentVariablesTypeType0,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: GetConvaiEnvironmentVariablesTypeType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_label: None | str | Unset
    if isinstance(label, Unset):
        json_label = UNSET
    else:
        json_label = label
    params["label"] = json_label

    json_environment: None | str | Unset
    if isinstance(environment, Unset):
        json_environment = UNSET
    else:
        json_environment = environment
    params["environment"] = json_environment

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, str):
        json_type_ = type_
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/environment-variables",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> Any | EnvironmentVariablesListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EnvironmentVariablesListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[Any | EnvironmentVariablesListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | EnvironmentVariablesListResponse | HTTPValidationError],
) -> EnvironmentVariablesListResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(EnvironmentVariablesListResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: GetConvaiEnvironmentVariablesTypeType0 | None | Unset = UNSET,
) -> Response[Any | EnvironmentVariablesListResponse | HTTPValidationError]:
    """List agent environment variables.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        label (None | str | Unset):
        environment (None | str | Unset):
        type_ (GetConvaiEnvironmentVariablesTypeType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | EnvironmentVariablesListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        label=label,
        environment=environment,
        type_=type_,
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
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: GetConvaiEnvironmentVariablesTypeType0 | None | Unset = UNSET,
) -> EnvironmentVariablesListResponse:
    """List agent environment variables.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        label (None | str | Unset):
        environment (None | str | Unset):
        type_ (GetConvaiEnvironmentVariablesTypeType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        EnvironmentVariablesListResponse
    """

    return _success(
        sync_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            label=label,
            environment=environment,
            type_=type_,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: GetConvaiEnvironmentVariablesTypeType0 | None | Unset = UNSET,
) -> Response[Any | EnvironmentVariablesListResponse | HTTPValidationError]:
    """List agent environment variables.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        label (None | str | Unset):
        environment (None | str | Unset):
        type_ (GetConvaiEnvironmentVariablesTypeType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | EnvironmentVariablesListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        label=label,
        environment=environment,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: GetConvaiEnvironmentVariablesTypeType0 | None | Unset = UNSET,
) -> EnvironmentVariablesListResponse:
    """List agent environment variables.

    Args:
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 100.
        label (None | str | Unset):
        environment (None | str | Unset):
        type_ (GetConvaiEnvironmentVariablesTypeType0 | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        EnvironmentVariablesListResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            label=label,
            environment=environment,
            type_=type_,
        )
    )
