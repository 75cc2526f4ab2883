from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.list_response_agent_branch_summary import ListResponseAgentBranchSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_archived"] = include_archived

    params["limit"] = limit

    params["include_commit_status"] = include_commit_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | ListResponseAgentBranchSummary | None:
    if response.status_code == 200:
        response_200 = ListResponseAgentBranchSummary.from_dict(response.json())

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
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | ListResponseAgentBranchSummary],
) -> ListResponseAgentBranchSummary:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ListResponseAgentBranchSummary, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: SyncApiClient,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | ListResponseAgentBranchSummary]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: SyncApiClient,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> ListResponseAgentBranchSummary:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ListResponseAgentBranchSummary
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            client=client,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AsyncApiClient,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> Response[HTTPValidationError | ListResponseAgentBranchSummary]:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | ListResponseAgentBranchSummary]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        include_archived=include_archived,
        limit=limit,
        include_commit_status=include_commit_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AsyncApiClient,
    include_archived: bool | Unset = False,
    limit: int | Unset = 100,
    include_commit_status: bool | Unset = False,
) -> ListResponseAgentBranchSummary:
    """List the branches of an agent.

    Args:
        agent_id (str):
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 100.
        include_commit_status (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ListResponseAgentBranchSummary
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            include_archived=include_archived,
            limit=limit,
            include_commit_status=include_commit_status,
        )
    )
