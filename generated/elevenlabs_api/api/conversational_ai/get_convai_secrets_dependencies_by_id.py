from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.secret_dependency_resource_type import (
    SecretDependencyResourceType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/secrets/{secret_id}/dependencies/{resource_type}".format(
            secret_id=quote(str(secret_id), safe=""),
            resource_type=quote(str(resource_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetSecretDependenciesResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetSecretDependenciesResponseModel.from_dict(response.json())

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
) -> Response[GetSecretDependenciesResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetSecretDependenciesResponseModel | HTTPValidationError],
) -> GetSecretDependenciesResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetSecretDependenciesResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: SyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSecretDependenciesResponseModel | HTTPValidationError]:
    """List the resources of one kind that use a secret.

    Args:
        secret_id (str):
        resource_type (SecretDependencyResourceType):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetSecretDependenciesResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        resource_type=resource_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: SyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GetSecretDependenciesResponseModel:
    """List the resources of one kind that use a secret.

    Args:
        secret_id (str):
        resource_type (SecretDependencyResourceType):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetSecretDependenciesResponseModel
    """

    return _success(
        sync_detailed(
            secret_id=secret_id,
            resource_type=resource_type,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    )


async def asyncio_detailed(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSecretDependenciesResponseModel | HTTPValidationError]:
    """List the resources of one kind that use a secret.

    Args:
        secret_id (str):
        resource_type (SecretDependencyResourceType):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetSecretDependenciesResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        resource_type=resource_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AsyncApiClient,
    page_size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> GetSecretDependenciesResponseModel:
    """List the resources of one kind that use a secret.

    Args:
        secret_id (str):
        resource_type (SecretDependencyResourceType):
        page_size (int | Unset):  Default: 20.
        cursor (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetSecretDependenciesResponseModel
    """

    return _success(
        await asyncio_detailed(
            secret_id=secret_id,
            resource_type=resource_type,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    )
