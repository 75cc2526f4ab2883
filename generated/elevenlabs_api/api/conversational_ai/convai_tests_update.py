from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel
from ...models.http_validation_error import HTTPValidationError
from ...models.update_response_unit_test_request import UpdateResponseUnitTestRequest
from ...models.update_simulation_test_request import UpdateSimulationTestRequest
from ...models.update_tool_call_unit_test_request import UpdateToolCallUnitTestRequest
from ...types import Response


def _get_kwargs(
    test_id: str,
    *,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/convai/agent-testing/{test_id}".format(
            test_id=quote(str(test_id), safe=""),
        ),
    }

    if isinstance(body, UpdateResponseUnitTestRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UpdateToolCallUnitTestRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
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
    *, client: ApiClient, response: httpx.Response
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


def _success(
    response: Response[
        GetResponseUnitTestResponseModel
        | GetSimulationTestResponseModel
        | GetToolCallUnitTestResponseModel
        | HTTPValidationError
    ],
) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(
            GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel,
            response.parsed,
        )
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    test_id: str,
    *,
    client: SyncApiClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
]:
    """Replace the content of an agent response test.

    Args:
        test_id (str):
        body (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest |
            UpdateToolCallUnitTestRequest): The new content of an agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_id: str,
    *,
    client: SyncApiClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
    """Replace the content of an agent response test.

    Args:
        test_id (str):
        body (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest |
            UpdateToolCallUnitTestRequest): The new content of an agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel
    """

    return _success(
        sync_detailed(
            test_id=test_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    test_id: str,
    *,
    client: AsyncApiClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HTTPValidationError
]:
    """Replace the content of an agent response test.

    Args:
        test_id (str):
        body (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest |
            UpdateToolCallUnitTestRequest): The new content of an agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_id: str,
    *,
    client: AsyncApiClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
    """Replace the content of an agent response test.

    Args:
        test_id (str):
        body (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest |
            UpdateToolCallUnitTestRequest): The new content of an agent response test.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel
    """

    return _success(
        await asyncio_detailed(
            test_id=test_id,
            client=client,
            body=body,
        )
    )
