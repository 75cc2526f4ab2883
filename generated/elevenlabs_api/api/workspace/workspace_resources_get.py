from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_resource import WorkspaceResource
from ...models.workspace_resource_type import WorkspaceResourceType
from ...types import UNSET, Response


def _get_kwargs(
    resource_id: str,
    *,
    resource_type: WorkspaceResourceType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: str = resource_type
    params["resource_type"] = json_resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/resources/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> HTTPValidationError | WorkspaceResource | None:
    if response.status_code == 200:
        response_200 = WorkspaceResource.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | WorkspaceResource]) -> WorkspaceResource:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(WorkspaceResource, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    resource_id: str,
    *,
    client: SyncApiClient,
    resource_type: WorkspaceResourceType,
) -> Response[HTTPValidationError | WorkspaceResource]:
    """Who owns a shared resource and who it is shared with

    Args:
        resource_id (str):
        resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a
            workspace.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | WorkspaceResource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: SyncApiClient,
    resource_type: WorkspaceResourceType,
) -> WorkspaceResource:
    """Who owns a shared resource and who it is shared with

    Args:
        resource_id (str):
        resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a
            workspace.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        WorkspaceResource
    """

    return _success(
        sync_detailed(
            resource_id=resource_id,
            client=client,
            resource_type=resource_type,
        )
    )


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AsyncApiClient,
    resource_type: WorkspaceResourceType,
) -> Response[HTTPValidationError | WorkspaceResource]:
    """Who owns a shared resource and who it is shared with

    Args:
        resource_id (str):
        resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a
            workspace.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | WorkspaceResource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AsyncApiClient,
    resource_type: WorkspaceResourceType,
) -> WorkspaceResource:
    """Who owns a shared resource and who it is shared with

    Args:
        resource_id (str):
        resource_type (WorkspaceResourceType): Kinds of resource that can be shared inside a
            workspace.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        WorkspaceResource
    """

    return _success(
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            resource_type=resource_type,
        )
    )
