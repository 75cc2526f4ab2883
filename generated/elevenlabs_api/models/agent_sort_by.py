from typing import Literal, cast

AgentSortBy = Literal["call_count_7d", "created_at", "name"]

AGENT_SORT_BY_VALUES: set[AgentSortBy] = {
    "call_count_7d",
    "created_at",
    "name",
}


def check_agent_sort_by(value: str) -> AgentSortBy:
    """Accept ``value`` as a AgentSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentSortBy, value)
