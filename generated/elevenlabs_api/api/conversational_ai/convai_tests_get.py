from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    test_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agent-testing/{test_id}".format(
            test_id=quote(str(test_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
            if isinstance(data, dict):
                if data.get("type") == "llm":
                    componentsschemas_convai_test_type_0 = GetResponseUnitTestResponseModel.from_dict(data)

                    return componentsschemas_convai_test_type_0
                if data.get("type") == "tool":
                    componentsschemas_convai_test_type_1 = GetToolCallUnitTestResponseModel.from_dict(data)

                    return componentsschemas_convai_test_type_1
                if data.get("type") == "simulation":
                    componentsschemas_convai_test_type_2 = GetSimulationTestResponseModel.from_dict(data)

                    return componentsschemas_convai_test_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_test_type_0 = GetResponseUnitTestResponseModel.from_dict(data)

                return componentsschemas_convai_test_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_convai_test_type_1 = GetToolCallUnitTestResponseModel.from_dict(data)

                return componentsschemas_convai_test_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_convai_test_type_2 = GetSimulationTestResponseModel.from_dict(data)

            return componentsschemas_convai_test_type_2

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
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
]:
    """Get an agent response test.

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
    | None
):
    """Get an agent response test.

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError
    """

    return sync_detailed(
        test_id=test_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
]:
    """Get an agent response test.

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
    | None
):
    """Get an agent response test.

    Args:
        test_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            test_id=test_id,
            client=client,
        )
    ).parsed
