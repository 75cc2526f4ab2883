from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_audit_logs_page_response import WorkspaceAuditLogsPageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_time_from_unix_ms: int | None | Unset
    if isinstance(time_from_unix_ms, Unset):
        json_time_from_unix_ms = UNSET
    else:
        json_time_from_unix_ms = time_from_unix_ms
    params["time_from_unix_ms"] = json_time_from_unix_ms

    json_time_to_unix_ms: int | None | Unset
    if isinstance(time_to_unix_ms, Unset):
        json_time_to_unix_ms = UNSET
    else:
        json_time_to_unix_ms = time_to_unix_ms
    params["time_to_unix_ms"] = json_time_to_unix_ms

    json_actor_uid: None | str | Unset
    if isinstance(actor_uid, Unset):
        json_actor_uid = UNSET
    else:
        json_actor_uid = actor_uid
    params["actor_uid"] = json_actor_uid

    json_class_name: None | str | Unset
    if isinstance(class_name, Unset):
        json_class_name = UNSET
    else:
        json_class_name = class_name
    params["class_name"] = json_class_name

    json_activity_name: None | str | Unset
    if isinstance(activity_name, Unset):
        json_activity_name = UNSET
    else:
        json_activity_name = activity_name
    params["activity_name"] = json_activity_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/audit-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | WorkspaceAuditLogsPageResponse | None:
    if response.status_code == 200:
        response_200 = WorkspaceAuditLogsPageResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceAuditLogsPageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | WorkspaceAuditLogsPageResponse],
) -> WorkspaceAuditLogsPageResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(WorkspaceAuditLogsPageResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceAuditLogsPageResponse]:
    """Read the workspace audit log.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        time_from_unix_ms (int | None | Unset):
        time_to_unix_ms (int | None | Unset):
        actor_uid (None | str | Unset):
        class_name (None | str | Unset):
        activity_name (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | WorkspaceAuditLogsPageResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        time_from_unix_ms=time_from_unix_ms,
        time_to_unix_ms=time_to_unix_ms,
        actor_uid=actor_uid,
        class_name=class_name,
        activity_name=activity_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> WorkspaceAuditLogsPageResponse:
    """Read the workspace audit log.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        time_from_unix_ms (int | None | Unset):
        time_to_unix_ms (int | None | Unset):
        actor_uid (None | str | Unset):
        class_name (None | str | Unset):
        activity_name (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        WorkspaceAuditLogsPageResponse
    """

    return _success(
        sync_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            time_from_unix_ms=time_from_unix_ms,
            time_to_unix_ms=time_to_unix_ms,
            actor_uid=actor_uid,
            class_name=class_name,
            activity_name=activity_name,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | WorkspaceAuditLogsPageResponse]:
    """Read the workspace audit log.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        time_from_unix_ms (int | None | Unset):
        time_to_unix_ms (int | None | Unset):
        actor_uid (None | str | Unset):
        class_name (None | str | Unset):
        activity_name (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | WorkspaceAuditLogsPageResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        time_from_unix_ms=time_from_unix_ms,
        time_to_unix_ms=time_to_unix_ms,
        actor_uid=actor_uid,
        class_name=class_name,
        activity_name=activity_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> WorkspaceAuditLogsPageResponse:
    """Read the workspace audit log.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        time_from_unix_ms (int | None | Unset):
        time_to_unix_ms (int | None | Unset):
        actor_uid (None | str | Unset):
        class_name (None | str | Unset):
        activity_name (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        WorkspaceAuditLogsPageResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            time_from_unix_ms=time_from_unix_ms,
            time_to_unix_ms=time_to_unix_ms,
            actor_uid=actor_uid,
            class_name=class_name,
            activity_name=activity_name,
        )
    )
