from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.single_use_token_response_model import SingleUseTokenResponseModel
from ...models.single_use_token_type import SingleUseTokenType
from ...types import Response


def _get_kwargs(
    token_type: SingleUseTokenType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/single-use-token/{token_type}".format(
            token_type=quote(str(token_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel | None:
    if response.status_code == 200:
        response_200 = SingleUseTokenResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ApiClient, response: httpx.Response
) -> Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel],
) -> SingleUseTokenResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(SingleUseTokenResponseModel, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    token_type: SingleUseTokenType,
    *,
    client: SyncApiClient,
) -> Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel]:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel]
    """

    kwargs = _get_kwargs(
        token_type=token_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_type: SingleUseTokenType,
    *,
    client: SyncApiClient,
) -> SingleUseTokenResponseModel:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        SingleUseTokenResponseModel
    """

    return _success(
        sync_detailed(
            token_type=token_type,
            client=client,
        )
    )


async def asyncio_detailed(
    token_type: SingleUseTokenType,
    *,
    client: AsyncApiClient,
) -> Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel]:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | HTTPValidationError | SingleUseTokenResponseModel]
    """

    kwargs = _get_kwargs(
        token_type=token_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_type: SingleUseTokenType,
    *,
    client: AsyncApiClient,
) -> SingleUseTokenResponseModel:
    """Issue a short-lived single-use token for client-side use.

    Args:
        token_type (SingleUseTokenType):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        SingleUseTokenResponseModel
    """

    return _success(
        await asyncio_detailed(
            token_type=token_type,
            client=client,
        )
    )
