from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
from ...models.bytedance_seedance_2_mini_request import BytedanceSeedance2MiniRequest
from ...models.bytedance_seedance_2_request import BytedanceSeedance2Request
from ...models.bytedance_seedance_25_request import BytedanceSeedance25Request
from ...models.creatify_aurora_request import CreatifyAuroraRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.media_generation_create_response import MediaGenerationCreateResponse
from ...models.veo_31_fast_request import Veo31FastRequest
from ...models.veo_31_request import Veo31Request
from ...types import Response


def _get_kwargs(
    *,
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/video",
    }

    if isinstance(body, CreatifyAuroraRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Veo31Request):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Veo31FastRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BytedanceSeedance2Request):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BytedanceSeedance2FastRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BytedanceSeedance2MiniRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> HTTPValidationError | MediaGenerationCreateResponse | None:
    if response.status_code == 200:
        response_200 = MediaGenerationCreateResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[HTTPValidationError | MediaGenerationCreateResponse]) -> MediaGenerationCreateResponse:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(MediaGenerationCreateResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    """Start a video generation.

    Args:
        body (BytedanceSeedance25Request | BytedanceSeedance2FastRequest |
            BytedanceSeedance2MiniRequest | BytedanceSeedance2Request | CreatifyAuroraRequest |
            Veo31FastRequest | Veo31Request):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationCreateResponse]
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
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> MediaGenerationCreateResponse:
    """Start a video generation.

    Args:
        body (BytedanceSeedance25Request | BytedanceSeedance2FastRequest |
            BytedanceSeedance2MiniRequest | BytedanceSeedance2Request | CreatifyAuroraRequest |
            Veo31FastRequest | Veo31Request):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationCreateResponse
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
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    """Start a video generation.

    Args:
        body (BytedanceSeedance25Request | BytedanceSeedance2FastRequest |
            BytedanceSeedance2MiniRequest | BytedanceSeedance2Request | CreatifyAuroraRequest |
            Veo31FastRequest | Veo31Request):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[HTTPValidationError | MediaGenerationCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    body: BytedanceSeedance25Request
    | BytedanceSeedance2FastRequest
    | BytedanceSeedance2MiniRequest
    | BytedanceSeedance2Request
    | CreatifyAuroraRequest
    | Veo31FastRequest
    | Veo31Request,
) -> MediaGenerationCreateResponse:
    """Start a video generation.

    Args:
        body (BytedanceSeedance25Request | BytedanceSeedance2FastRequest |
            BytedanceSeedance2MiniRequest | BytedanceSeedance2Request | CreatifyAuroraRequest |
            Veo31FastRequest | Veo31Request):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        MediaGenerationCreateResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
