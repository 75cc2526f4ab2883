from typing import Literal, cast

DubbingListOrderBy = Literal["created_at", "name"]

DUBBING_LIST_ORDER_BY_VALUES: set[DubbingListOrderBy] = {
    "created_at",
    "name",
}


def check_dubbing_list_order_by(value: str) -> DubbingListOrderBy:
    """Accept ``value`` as a DubbingListOrderBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_ORDER_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListOrderBy, value)
