from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bytedance_seedream_5_lite_request import BytedanceSeedream5LiteRequest
from ...models.bytedance_seedream_5_pro_request import BytedanceSeedream5ProRequest
from ...models.gemini_3_pro_image_request import Gemini3ProImageRequest
from ...models.gemini_25_flash_image_request import Gemini25FlashImageRequest
from ...models.gemini_31_flash_image_request import Gemini31FlashImageRequest
from ...models.gemini_31_flash_lite_image_request import Gemini31FlashLiteImageRequest
from ...models.gpt_image_1_request import GPTImage1Request
from ...models.gpt_image_2_request import GPTImage2Request
from ...models.gpt_image_15_request import GPTImage15Request
from ...models.http_validation_error import HTTPValidationError
from ...models.media_generation_create_response import MediaGenerationCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GPTImage15Request
    | GPTImage1Request
    | GPTImage2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/image",
    }

    if isinstance(body, GPTImage1Request):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GPTImage15Request):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GPTImage2Request):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Gemini25FlashImageRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Gemini3ProImageRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Gemini31FlashImageRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, Gemini31FlashLiteImageRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BytedanceSeedream5LiteRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GPTImage15Request
    | GPTImage1Request
    | GPTImage2Request,
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    """Start an image generation.

    Args:
        body (BytedanceSeedream5LiteRequest | BytedanceSeedream5ProRequest |
            Gemini25FlashImageRequest | Gemini31FlashImageRequest | Gemini31FlashLiteImageRequest |
            Gemini3ProImageRequest | GPTImage15Request | GPTImage1Request | GPTImage2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GPTImage15Request
    | GPTImage1Request
    | GPTImage2Request,
) -> HTTPValidationError | MediaGenerationCreateResponse | None:
    """Start an image generation.

    Args:
        body (BytedanceSeedream5LiteRequest | BytedanceSeedream5ProRequest |
            Gemini25FlashImageRequest | Gemini31FlashImageRequest | Gemini31FlashLiteImageRequest |
            Gemini3ProImageRequest | GPTImage15Request | GPTImage1Request | GPTImage2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaGenerationCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GPTImage15Request
    | GPTImage1Request
    | GPTImage2Request,
) -> Response[HTTPValidationError | MediaGenerationCreateResponse]:
    """Start an image generation.

    Args:
        body (BytedanceSeedream5LiteRequest | BytedanceSeedream5ProRequest |
            Gemini25FlashImageRequest | Gemini31FlashImageRequest | Gemini31FlashLiteImageRequest |
            Gemini3ProImageRequest | GPTImage15Request | GPTImage1Request | GPTImage2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    client: AuthenticatedClient | Client,
    body: BytedanceSeedream5LiteRequest
    | BytedanceSeedream5ProRequest
    | Gemini25FlashImageRequest
    | Gemini31FlashImageRequest
    | Gemini31FlashLiteImageRequest
    | Gemini3ProImageRequest
    | GPTImage15Request
    | GPTImage1Request
    | GPTImage2Request,
) -> HTTPValidationError | MediaGenerationCreateResponse | None:
    """Start an image generation.

    Args:
        body (BytedanceSeedream5LiteRequest | BytedanceSeedream5ProRequest |
            Gemini25FlashImageRequest | Gemini31FlashImageRequest | Gemini31FlashLiteImageRequest |
            Gemini3ProImageRequest | GPTImage15Request | GPTImage1Request | GPTImage2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaGenerationCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
