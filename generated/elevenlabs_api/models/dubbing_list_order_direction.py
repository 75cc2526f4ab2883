from typing import Literal, cast

DubbingListOrderDirection = Literal["ASCENDING", "DESCENDING"]

DUBBING_LIST_ORDER_DIRECTION_VALUES: set[DubbingListOrderDirection] = {
    "ASCENDING",
    "DESCENDING",
}


def check_dubbing_list_order_direction(value: str) -> DubbingListOrderDirection:
    """Accept ``value`` as a DubbingListOrderDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_ORDER_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListOrderDirection, value)
