from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.procedure_at_version_response_model import ProcedureAtVersionResponseModel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version_id: None | str | Unset
    if isinstance(version_id, Unset):
        json_version_id = UNSET
    else:
        json_version_id = version_id
    params["version_id"] = json_version_id

    json_agent_version_id: None | str | Unset
    if isinstance(agent_version_id, Unset):
        json_agent_version_id = UNSET
    else:
        json_agent_version_id = agent_version_id
    params["agent_version_id"] = json_agent_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/branches/{branch_id}/procedures/{procedure_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            procedure_id=quote(str(procedure_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | ProcedureAtVersionResponseModel | None:
    if response.status_code == 200:
        response_200 = ProcedureAtVersionResponseModel.from_dict(response.json())

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
) -> Response[HTTPValidationError | ProcedureAtVersionResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[HTTPValidationError | ProcedureAtVersionResponseModel],
) -> ProcedureAtVersionResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(ProcedureAtVersionResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: SyncApiClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ProcedureAtVersionResponseModel]:
    """Get one procedure of an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        procedure_id (str):
        version_id (None | str | Unset):
        agent_version_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | ProcedureAtVersionResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        version_id=version_id,
        agent_version_id=agent_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: SyncApiClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> ProcedureAtVersionResponseModel:
    """Get one procedure of an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        procedure_id (str):
        version_id (None | str | Unset):
        agent_version_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ProcedureAtVersionResponseModel
    """

    return _success(
        sync_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            client=client,
            version_id=version_id,
            agent_version_id=agent_version_id,
        )
    )


async def asyncio_detailed(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AsyncApiClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ProcedureAtVersionResponseModel]:
    """Get one procedure of an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        procedure_id (str):
        version_id (None | str | Unset):
        agent_version_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | ProcedureAtVersionResponseModel]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        procedure_id=procedure_id,
        version_id=version_id,
        agent_version_id=agent_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    branch_id: str,
    procedure_id: str,
    *,
    client: AsyncApiClient,
    version_id: None | str | Unset = UNSET,
    agent_version_id: None | str | Unset = UNSET,
) -> ProcedureAtVersionResponseModel:
    """Get one procedure of an agent branch.

    Args:
        agent_id (str):
        branch_id (str):
        procedure_id (str):
        version_id (None | str | Unset):
        agent_version_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        ProcedureAtVersionResponseModel
    """

    return _success(
        await asyncio_detailed(
            agent_id=agent_id,
            branch_id=branch_id,
            procedure_id=procedure_id,
            client=client,
            version_id=version_id,
            agent_version_id=agent_version_id,
        )
    )
