from typing import Literal, cast

UsageBreakdownType = Literal[
    "all_api_keys",
    "api_keys",
    "groups",
    "has_api_key",
    "model",
    "none",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue",
    "request_source",
    "resource",
    "subresource_id",
    "user",
    "voice",
    "voice_multiplier",
]

USAGE_BREAKDOWN_TYPE_VALUES: set[UsageBreakdownType] = {
    "all_api_keys",
    "api_keys",
    "groups",
    "has_api_key",
    "model",
    "none",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue",
    "request_source",
    "resource",
    "subresource_id",
    "user",
    "voice",
    "voice_multiplier",
}


def check_usage_breakdown_type(value: str) -> UsageBreakdownType:
    """Accept ``value`` as a UsageBreakdownType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USAGE_BREAKDOWN_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UsageBreakdownType, value)
