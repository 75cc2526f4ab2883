from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.merge_preview_response_model import MergePreviewResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    source_branch_id: str,
    *,
    target_branch_id: str,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target_branch_id"] = target_branch_id

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{source_branch_id}/merge-preview".format(
            agent_id=quote(str(agent_id), safe=""),
            source_branch_id=quote(str(source_branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | MergePreviewResponseModel | None:
    if response.status_code == 200:
        response_200 = MergePreviewResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | MergePreviewResponseModel]) -> MergePreviewResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MergePreviewResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: SyncApiClient,
    target_branch_id: str,
    force: bool | Unset = False,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MergePreviewResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    source_branch_id: str,
    *,
    client: SyncApiClient,
    target_branch_id: str,
    force: bool | Unset = False,
) -> MergePreviewResponseModel:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MergePreviewResponseModel
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            target_branch_id=target_branch_id,
            force=force,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AsyncApiClient,
    target_branch_id: str,
    force: bool | Unset = False,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MergePreviewResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        source_branch_id=source_branch_id,
        target_branch_id=target_branch_id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    source_branch_id: str,
    *,
    client: AsyncApiClient,
    target_branch_id: str,
    force: bool | Unset = False,
) -> MergePreviewResponseModel:
    """Preview merging one agent branch into another.

    Args:
        agent_id (str):
        source_branch_id (str):
        target_branch_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MergePreviewResponseModel
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            source_branch_id=source_branch_id,
            client=client,
            target_branch_id=target_branch_id,
            force=force,
        )
    )
