from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.add_shared_voice_request import AddSharedVoiceRequest
from ...models.add_shared_voice_result import AddSharedVoiceResult
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    public_user_id: str,
    voice_id: str,
    *,
    body: AddSharedVoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/add/{public_user_id}/{voice_id}".format(
            public_user_id=quote(str(public_user_id), safe=""),
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> AddSharedVoiceResult | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AddSharedVoiceResult.from_dict(response.json())

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
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[AddSharedVoiceResult | HTTPValidationError]) -> AddSharedVoiceResult:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(AddSharedVoiceResult, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    public_user_id: str,
    voice_id: str,
    *,
    client: SyncApiClient,
    body: AddSharedVoiceRequest,
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    """Copy a voice from the public library into the account

    Args:
        public_user_id (str):
        voice_id (str):
        body (AddSharedVoiceRequest): Name to give the copied library voice.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AddSharedVoiceResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        public_user_id=public_user_id,
        voice_id=voice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    public_user_id: str,
    voice_id: str,
    *,
    client: SyncApiClient,
    body: AddSharedVoiceRequest,
) -> AddSharedVoiceResult:
    """Copy a voice from the public library into the account

    Args:
        public_user_id (str):
        voice_id (str):
        body (AddSharedVoiceRequest): Name to give the copied library voice.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AddSharedVoiceResult
    """

    return _success(
        sync_detailed(
            public_user_id=public_user_id,
            voice_id=voice_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    public_user_id: str,
    voice_id: str,
    *,
    client: AsyncApiClient,
    body: AddSharedVoiceRequest,
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    """Copy a voice from the public library into the account

    Args:
        public_user_id (str):
        voice_id (str):
        body (AddSharedVoiceRequest): Name to give the copied library voice.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[AddSharedVoiceResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        public_user_id=public_user_id,
        voice_id=voice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    public_user_id: str,
    voice_id: str,
    *,
    client: AsyncApiClient,
    body: AddSharedVoiceRequest,
) -> AddSharedVoiceResult:
    """Copy a voice from the public library into the account

    Args:
        public_user_id (str):
        voice_id (str):
        body (AddSharedVoiceRequest): Name to give the copied library voice.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        AddSharedVoiceResult
    """

    return _success(
        await asyncio_detailed(
            public_user_id=public_user_id,
            voice_id=voice_id,
            client=client,
            body=body,
        )
    )
