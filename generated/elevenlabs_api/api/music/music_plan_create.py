from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MusicPlanRequest,
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: MusicPlanRequest,
) -> CompositionPlan | CompositionPlan2 | HTTPValidationError | None:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompositionPlan | CompositionPlan2 | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MusicPlanRequest,
) -> Response[CompositionPlan | CompositionPlan2 | HTTPValidationError]:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: MusicPlanRequest,
) -> CompositionPlan | CompositionPlan2 | HTTPValidationError | None:
    """Draft a composition plan (styles and sections) from a prompt, without making audio.

    Args:
        body (MusicPlanRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompositionPlan | CompositionPlan2 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
