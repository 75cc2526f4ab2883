from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_shared_voice_result import AddSharedVoiceResult
from ...models.http_validation_error import HTTPValidationError
from ...models.pvc_sample_update_request import PvcSampleUpdateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    voice_id: str,
    sample_id: str,
    *,
    body: PvcSampleUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PvcSampleUpdateRequest | Unset = UNSET,
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    """Trim a sample, pick its speakers or toggle noise removal

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        body (PvcSampleUpdateRequest | Unset): How one sample is used in training.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSharedVoiceResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PvcSampleUpdateRequest | Unset = UNSET,
) -> AddSharedVoiceResult | HTTPValidationError | None:
    """Trim a sample, pick its speakers or toggle noise removal

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        body (PvcSampleUpdateRequest | Unset): How one sample is used in training.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSharedVoiceResult | HTTPValidationError
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PvcSampleUpdateRequest | Unset = UNSET,
) -> Response[AddSharedVoiceResult | HTTPValidationError]:
    """Trim a sample, pick its speakers or toggle noise removal

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        body (PvcSampleUpdateRequest | Unset): How one sample is used in training.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSharedVoiceResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PvcSampleUpdateRequest | Unset = UNSET,
) -> AddSharedVoiceResult | HTTPValidationError | None:
    """Trim a sample, pick its speakers or toggle noise removal

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.
        body (PvcSampleUpdateRequest | Unset): How one sample is used in training.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSharedVoiceResult | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
            body=body,
        )
    ).parsed
