from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.http_validation_error import HTTPValidationError
from ...types import File, Response


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/audio/{language_code}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: ApiClient, response: httpx.Response) -> Any | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 425:
        response_425 = cast(Any, None)
        return response_425

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ApiClient, response: httpx.Response) -> Response[Any | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | File | HTTPValidationError]) -> File:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(File, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: SyncApiClient,
) -> Response[Any | File | HTTPValidationError]:
    """Download the dubbed audio or video for one target language

    Args:
        dubbing_id (str):
        language_code (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dubbing_id: str,
    language_code: str,
    *,
    client: SyncApiClient,
) -> File:
    """Download the dubbed audio or video for one target language

    Args:
        dubbing_id (str):
        language_code (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        File
    """

    return _success(
        sync_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
        )
    )


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AsyncApiClient,
) -> Response[Any | File | HTTPValidationError]:
    """Download the dubbed audio or video for one target language

    Args:
        dubbing_id (str):
        language_code (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dubbing_id: str,
    language_code: str,
    *,
    client: AsyncApiClient,
) -> File:
    """Download the dubbed audio or video for one target language

    Args:
        dubbing_id (str):
        language_code (str):

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        File
    """

    return _success(
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
        )
    )
