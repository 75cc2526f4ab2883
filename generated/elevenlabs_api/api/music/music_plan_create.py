from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.composition_plan import CompositionPlan
from ...models.composition_plan_2 import CompositionPlan2
from ...models.http_validation_error import HTTPValidationError
from ...models.music_plan_request import MusicPlanRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MusicPlanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/music/plan",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> CompositionPlan | CompositionPlan2 | HTTPValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompositionPlan | CompositionPlan2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CompositionPlan.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CompositionPlan2.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[CompositionPlan | CompositionPlan2 | HTTPValidationError],
) -> CompositionPlan | CompositionPlan2:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(CompositionPlan | CompositionPlan2, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: MusicPlanRequest,
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    body: MusicPlanRequest,
) -> CompositionPlan | CompositionPlan2:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CompositionPlan | CompositionPlan2
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    body: MusicPlanRequest,
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: MusicPlanRequest,
) -> CompositionPlan | CompositionPlan2:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CompositionPlan | CompositionPlan2
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
