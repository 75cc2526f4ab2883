from typing import Literal, cast

ToolTypeFilter = Literal["api_integration_webhook", "client", "webhook"]

TOOL_TYPE_FILTER_VALUES: set[ToolTypeFilter] = {
    "api_integration_webhook",
    "client",
    "webhook",
}


def check_tool_type_filter(value: str) -> ToolTypeFilter:
    """Accept ``value`` as a ToolTypeFilter.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_TYPE_FILTER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolTypeFilter, value)
