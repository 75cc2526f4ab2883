from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.pvc_sample_waveform import PvcSampleWaveform
from ...types import Response


def _get_kwargs(
    voice_id: str,
    sample_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/pvc/{voice_id}/samples/{sample_id}/waveform".format(
            voice_id=quote(str(voice_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PvcSampleWaveform | None:
    if response.status_code == 200:
        response_200 = PvcSampleWaveform.from_dict(response.json())

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
) -> Response[HTTPValidationError | PvcSampleWaveform]:
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
) -> Response[HTTPValidationError | PvcSampleWaveform]:
    """Fetch the amplitude curve used to draw a sample's waveform

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PvcSampleWaveform]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
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
) -> HTTPValidationError | PvcSampleWaveform | None:
    """Fetch the amplitude curve used to draw a sample's waveform

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PvcSampleWaveform
    """

    return sync_detailed(
        voice_id=voice_id,
        sample_id=sample_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | PvcSampleWaveform]:
    """Fetch the amplitude curve used to draw a sample's waveform

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PvcSampleWaveform]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
        sample_id=sample_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | PvcSampleWaveform | None:
    """Fetch the amplitude curve used to draw a sample's waveform

    Args:
        voice_id (str):  Example: 21m00Tcm4TlvDq8ikWAM.
        sample_id (str):  Example: VW7YKqPnjY4h39yTbx2L.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PvcSampleWaveform
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            sample_id=sample_id,
            client=client,
        )
    ).parsed
