from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import ApiClient, AsyncApiClient, SyncApiClient
from ...models.api_error_response import ApiErrorResponse
from ...models.character_usage import CharacterUsage
from ...models.http_validation_error import HTTPValidationError
from ...models.usage_aggregation_interval import UsageAggregationInterval
from ...models.usage_breakdown_type import UsageBreakdownType
from ...models.usage_metric import UsageMetric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = False,
    breakdown_type: UsageBreakdownType | Unset = "none",
    aggregation_interval: UsageAggregationInterval | Unset = "day",
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: UsageMetric | Unset = "credits",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_unix"] = start_unix

    params["end_unix"] = end_unix

    params["include_workspace_metrics"] = include_workspace_metrics

    json_breakdown_type: str | Unset = UNSET
    if not isinstance(breakdown_type, Unset):
        json_breakdown_type = breakdown_type

    params["breakdown_type"] = json_breakdown_type

    json_aggregation_interval: str | Unset = UNSET
    if not isinstance(aggregation_interval, Unset):
        json_aggregation_interval = aggregation_interval

    params["aggregation_interval"] = json_aggregation_interval

    json_aggregation_bucket_size: int | None | Unset
    if isinstance(aggregation_bucket_size, Unset):
        json_aggregation_bucket_size = UNSET
    else:
        json_aggregation_bucket_size = aggregation_bucket_size
    params["aggregation_bucket_size"] = json_aggregation_bucket_size

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/character-stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ApiClient, response: httpx.Response
) -> ApiErrorResponse | CharacterUsage | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CharacterUsage.from_dict(response.json())

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
) -> Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]) -> CharacterUsage:
    """The body of a documented success; any other status raises."""
    if response.status_code == 200:
        return cast(CharacterUsage, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: SyncApiClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = False,
    breakdown_type: UsageBreakdownType | Unset = "none",
    aggregation_interval: UsageAggregationInterval | Unset = "day",
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: UsageMetric | Unset = "credits",
) -> Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]:
    """Get usage over a time window, bucketed and optionally broken down

    Args:
        start_unix (int):
        end_unix (int):
        include_workspace_metrics (bool | Unset):  Default: False.
        breakdown_type (UsageBreakdownType | Unset): Dimension to split usage figures by. Default:
            'none'.
        aggregation_interval (UsageAggregationInterval | Unset): Width of a usage time bucket.
            Default: 'day'.
        aggregation_bucket_size (int | None | Unset):
        metric (UsageMetric | Unset): Quantity reported by the usage statistics. Default:
            'credits'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_unix=start_unix,
        end_unix=end_unix,
        include_workspace_metrics=include_workspace_metrics,
        breakdown_type=breakdown_type,
        aggregation_interval=aggregation_interval,
        aggregation_bucket_size=aggregation_bucket_size,
        metric=metric,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncApiClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = False,
    breakdown_type: UsageBreakdownType | Unset = "none",
    aggregation_interval: UsageAggregationInterval | Unset = "day",
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: UsageMetric | Unset = "credits",
) -> CharacterUsage:
    """Get usage over a time window, bucketed and optionally broken down

    Args:
        start_unix (int):
        end_unix (int):
        include_workspace_metrics (bool | Unset):  Default: False.
        breakdown_type (UsageBreakdownType | Unset): Dimension to split usage figures by. Default:
            'none'.
        aggregation_interval (UsageAggregationInterval | Unset): Width of a usage time bucket.
            Default: 'day'.
        aggregation_bucket_size (int | None | Unset):
        metric (UsageMetric | Unset): Quantity reported by the usage statistics. Default:
            'credits'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CharacterUsage
    """

    return _success(
        sync_detailed(
            client=client,
            start_unix=start_unix,
            end_unix=end_unix,
            include_workspace_metrics=include_workspace_metrics,
            breakdown_type=breakdown_type,
            aggregation_interval=aggregation_interval,
            aggregation_bucket_size=aggregation_bucket_size,
            metric=metric,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncApiClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = False,
    breakdown_type: UsageBreakdownType | Unset = "none",
    aggregation_interval: UsageAggregationInterval | Unset = "day",
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: UsageMetric | Unset = "credits",
) -> Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]:
    """Get usage over a time window, bucketed and optionally broken down

    Args:
        start_unix (int):
        end_unix (int):
        include_workspace_metrics (bool | Unset):  Default: False.
        breakdown_type (UsageBreakdownType | Unset): Dimension to split usage figures by. Default:
            'none'.
        aggregation_interval (UsageAggregationInterval | Unset): Width of a usage time bucket.
            Default: 'day'.
        aggregation_bucket_size (int | None | Unset):
        metric (UsageMetric | Unset): Quantity reported by the usage statistics. Default:
            'credits'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: only with a plain generated client whose raise_on_unexpected_status is
            True, for an undocumented status.

    Returns:
        Response[ApiErrorResponse | CharacterUsage | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_unix=start_unix,
        end_unix=end_unix,
        include_workspace_metrics=include_workspace_metrics,
        breakdown_type=breakdown_type,
        aggregation_interval=aggregation_interval,
        aggregation_bucket_size=aggregation_bucket_size,
        metric=metric,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncApiClient,
    start_unix: int,
    end_unix: int,
    include_workspace_metrics: bool | Unset = False,
    breakdown_type: UsageBreakdownType | Unset = "none",
    aggregation_interval: UsageAggregationInterval | Unset = "day",
    aggregation_bucket_size: int | None | Unset = UNSET,
    metric: UsageMetric | Unset = "credits",
) -> CharacterUsage:
    """Get usage over a time window, bucketed and optionally broken down

    Args:
        start_unix (int):
        end_unix (int):
        include_workspace_metrics (bool | Unset):  Default: False.
        breakdown_type (UsageBreakdownType | Unset): Dimension to split usage figures by. Default:
            'none'.
        aggregation_interval (UsageAggregationInterval | Unset): Width of a usage time bucket.
            Default: 'day'.
        aggregation_bucket_size (int | None | Unset):
        metric (UsageMetric | Unset): Quantity reported by the usage statistics. Default:
            'credits'.

    Raises:
        elevenlabs_ext.APIStatusError: the API answered with an error status; the subclass names it
            (BadRequestError, AuthenticationError, NotFoundError, UnprocessableEntityError, RateLimitError,
            InternalServerError, ...). Raised by the ElevenLabs/AsyncElevenLabs clients' transport.
        elevenlabs_ext.APIConnectionError: no complete answer arrived (APITimeoutError: a timeout passed).
        errors.UnexpectedStatus: a status that is not a documented success and was not raised as one of
            the errors above (any error status, with a plain generated client).

    Returns:
        CharacterUsage
    """

    return _success(
        await asyncio_detailed(
            client=client,
            start_unix=start_unix,
            end_unix=end_unix,
            include_workspace_metrics=include_workspace_metrics,
            breakdown_type=breakdown_type,
            aggregation_interval=aggregation_interval,
            aggregation_bucket_size=aggregation_bucket_size,
            metric=metric,
        )
    )
