from typing import Literal, cast

UsageAggregationInterval = Literal["cumulative", "day", "hour", "month", "week"]

USAGE_AGGREGATION_INTERVAL_VALUES: set[UsageAggregationInterval] = {
    "cumulative",
    "day",
    "hour",
    "month",
    "week",
}


def check_usage_aggregation_interval(value: str) -> UsageAggregationInterval:
    """Accept ``value`` as a UsageAggregationInterval.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USAGE_AGGREGATION_INTERVAL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UsageAggregationInterval, value)
