from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_api_key_update import WorkspaceApiKeyUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_account_user_id: str,
    api_key_id: str,
    *,
    body: WorkspaceApiKeyUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}".format(
            service_account_user_id=quote(str(service_account_user_id), safe=""),
            api_key_id=quote(str(api_key_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | HTTPValidationError]) -> Any:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(Any, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: SyncApiClient,
    body: WorkspaceApiKeyUpdate | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Rename, enable or disable, or re-scope a service account's API key

    Args:
        service_account_user_id (str):
        api_key_id (str):
        body (WorkspaceApiKeyUpdate | Unset): The new state of an existing key.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
        api_key_id=api_key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: SyncApiClient,
    body: WorkspaceApiKeyUpdate | Unset = UNSET,
) -> Any:
    """Rename, enable or disable, or re-scope a service account's API key

    Args:
        service_account_user_id (str):
        api_key_id (str):
        body (WorkspaceApiKeyUpdate | Unset): The new state of an existing key.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any
    """

    return _success(
        sync_detailed(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AsyncApiClient,
    body: WorkspaceApiKeyUpdate | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Rename, enable or disable, or re-scope a service account's API key

    Args:
        service_account_user_id (str):
        api_key_id (str):
        body (WorkspaceApiKeyUpdate | Unset): The new state of an existing key.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
        api_key_id=api_key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AsyncApiClient,
    body: WorkspaceApiKeyUpdate | Unset = UNSET,
) -> Any:
    """Rename, enable or disable, or re-scope a service account's API key

    Args:
        service_account_user_id (str):
        api_key_id (str):
        body (WorkspaceApiKeyUpdate | Unset): The new state of an existing key.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        Any
    """

    return _success(
        await asyncio_detailed(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    )
