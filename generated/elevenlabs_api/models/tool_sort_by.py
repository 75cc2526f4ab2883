from typing import Literal, cast

ToolSortBy = Literal["created_at", "name"]

TOOL_SORT_BY_VALUES: set[ToolSortBy] = {
    "created_at",
    "name",
}


def check_tool_sort_by(value: str) -> ToolSortBy:
    """Accept ``value`` as a ToolSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolSortBy, value)
