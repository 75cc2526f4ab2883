from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.merge_preview_response_model import MergePreviewResponseModel
from ...types import Response


def _get_kwargs(
    agent_id: str,
    branch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/rebase-preview".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
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
    branch_id: str,
    *,
    client: SyncApiClient,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview rebasing an agent branch onto main.

    Args:
        agent_id (str):
        branch_id (str):

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
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    branch_id: str,
    *,
    client: SyncApiClient,
) -> MergePreviewResponseModel:
    """Preview rebasing an agent branch onto main.

    Args:
        agent_id (str):
        branch_id (str):

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
            branch_id=branch_id,
            client=client,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    *,
    client: AsyncApiClient,
) -> Response[HTTPValidationError | MergePreviewResponseModel]:
    """Preview rebasing an agent branch onto main.

    Args:
        agent_id (str):
        branch_id (str):

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
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    branch_id: str,
    *,
    client: AsyncApiClient,
) -> MergePreviewResponseModel:
    """Preview rebasing an agent branch onto main.

    Args:
        agent_id (str):
        branch_id (str):

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
            branch_id=branch_id,
            client=client,
        )
    )
