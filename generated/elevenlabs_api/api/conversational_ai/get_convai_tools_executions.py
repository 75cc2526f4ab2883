from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_tool_executions_page_response_model import GetToolExecutionsPageResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tool_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_is_error: bool | None | Unset
    if isinstance(is_error, Unset):
        json_is_error = UNSET
    else:
        json_is_error = is_error
    params["is_error"] = json_is_error

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset
    if isinstance(branch_id, Unset):
        json_branch_id = UNSET
    else:
        json_branch_id = branch_id
    params["branch_id"] = json_branch_id

    json_start_time: float | None | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: float | None | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools/{tool_id}/executions".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> GetToolExecutionsPageResponseModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetToolExecutionsPageResponseModel.from_dict(response.json())

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
) -> Response[GetToolExecutionsPageResponseModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[GetToolExecutionsPageResponseModel | HTTPValidationError],
) -> GetToolExecutionsPageResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(GetToolExecutionsPageResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tool_id: str,
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> Response[GetToolExecutionsPageResponseModel | HTTPValidationError]:
    """List the recorded runs of a tool.

    Args:
        tool_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        is_error (bool | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        start_time (float | None | Unset):
        end_time (float | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetToolExecutionsPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
        is_error=is_error,
        agent_id=agent_id,
        branch_id=branch_id,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: SyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> GetToolExecutionsPageResponseModel:
    """List the recorded runs of a tool.

    Args:
        tool_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        is_error (bool | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        start_time (float | None | Unset):
        end_time (float | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetToolExecutionsPageResponseModel
    """

    return _success(
        sync_detailed(
            tool_id=tool_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            is_error=is_error,
            agent_id=agent_id,
            branch_id=branch_id,
            start_time=start_time,
            end_time=end_time,
        )
    )


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> Response[GetToolExecutionsPageResponseModel | HTTPValidationError]:
    """List the recorded runs of a tool.

    Args:
        tool_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        is_error (bool | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        start_time (float | None | Unset):
        end_time (float | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetToolExecutionsPageResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        cursor=cursor,
        page_size=page_size,
        is_error=is_error,
        agent_id=agent_id,
        branch_id=branch_id,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AsyncApiClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    is_error: bool | None | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    start_time: float | None | Unset = UNSET,
    end_time: float | None | Unset = UNSET,
) -> GetToolExecutionsPageResponseModel:
    """List the recorded runs of a tool.

    Args:
        tool_id (str):
        cursor (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        is_error (bool | None | Unset):
        agent_id (None | str | Unset):
        branch_id (None | str | Unset):
        start_time (float | None | Unset):
        end_time (float | None | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetToolExecutionsPageResponseModel
    """

    return _success(
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            is_error=is_error,
            agent_id=agent_id,
            branch_id=branch_id,
            start_time=start_time,
            end_time=end_time,
        )
    )
