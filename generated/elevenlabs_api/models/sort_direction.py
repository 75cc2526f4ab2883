from typing import Literal, cast

SortDirection = Literal["asc", "desc"]

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "asc",
    "desc",
}


def check_sort_direction(value: str) -> SortDirection:
    """Accept ``value`` as a SortDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SORT_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SortDirection, value)
