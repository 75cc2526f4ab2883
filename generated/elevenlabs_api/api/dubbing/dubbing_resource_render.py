from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.dubbing_render_request import DubbingRenderRequest
from ...models.dubbing_render_started import DubbingRenderStarted
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dubbing_id: str,
    language: str,
    *,
    body: DubbingRenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/resource/{dubbing_id}/render/{language}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> DubbingRenderStarted | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DubbingRenderStarted.from_dict(response.json())

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
) -> Response[DubbingRenderStarted | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[DubbingRenderStarted | HTTPValidationError]) -> DubbingRenderStarted:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(DubbingRenderStarted, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    language: str,
    *,
    client: SyncApiClient,
    body: DubbingRenderRequest,
) -> Response[DubbingRenderStarted | HTTPValidationError]:
    """Render the dub of one language as audio, video or track archives

    Args:
        dubbing_id (str):
        language (str):
        body (DubbingRenderRequest): What to render.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingRenderStarted | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    language: str,
    *,
    client: SyncApiClient,
    body: DubbingRenderRequest,
) -> DubbingRenderStarted:
    """Render the dub of one language as audio, video or track archives

    Args:
        dubbing_id (str):
        language (str):
        body (DubbingRenderRequest): What to render.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingRenderStarted
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            language=language,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    language: str,
    *,
    client: AsyncApiClient,
    body: DubbingRenderRequest,
) -> Response[DubbingRenderStarted | HTTPValidationError]:
    """Render the dub of one language as audio, video or track archives

    Args:
        dubbing_id (str):
        language (str):
        body (DubbingRenderRequest): What to render.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[DubbingRenderStarted | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    language: str,
    *,
    client: AsyncApiClient,
    body: DubbingRenderRequest,
) -> DubbingRenderStarted:
    """Render the dub of one language as audio, video or track archives

    Args:
        dubbing_id (str):
        language (str):
        body (DubbingRenderRequest): What to render.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        DubbingRenderStarted
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language=language,
            client=client,
            body=body,
        )
    )
