from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...models.studio_project_extended import StudioProjectExtended
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    share_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_share_id: None | str | Unset
    if isinstance(share_id, Unset):
        json_share_id = UNSET
    else:
        json_share_id = share_id
    params["share_id"] = json_share_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | StudioProjectExtended | None:
    if response.status_code == 200:
        response_200 = StudioProjectExtended.from_dict(response.json())

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
) -> Response[HTTPValidationError | StudioProjectExtended]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | StudioProjectExtended]) -> StudioProjectExtended:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(StudioProjectExtended, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    project_id: str,
    *,
    client: SyncApiClient,
    share_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectExtended]:
    """One project with its chapters, dictionaries and settings.

    Args:
        project_id (str):
        share_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | StudioProjectExtended]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        share_id=share_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: SyncApiClient,
    share_id: None | str | Unset = UNSET,
) -> StudioProjectExtended:
    """One project with its chapters, dictionaries and settings.

    Args:
        project_id (str):
        share_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioProjectExtended
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            share_id=share_id,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncApiClient,
    share_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | StudioProjectExtended]:
    """One project with its chapters, dictionaries and settings.

    Args:
        project_id (str):
        share_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | StudioProjectExtended]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        share_id=share_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AsyncApiClient,
    share_id: None | str | Unset = UNSET,
) -> StudioProjectExtended:
    """One project with its chapters, dictionaries and settings.

    Args:
        project_id (str):
        share_id (None | str | Unset):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        StudioProjectExtended
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            share_id=share_id,
        )
    )
