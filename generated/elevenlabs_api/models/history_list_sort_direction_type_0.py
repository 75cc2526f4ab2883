from typing import Literal, cast

HistoryListSortDirectionType0 = Literal["asc", "desc"]

HISTORY_LIST_SORT_DIRECTION_TYPE_0_VALUES: set[HistoryListSortDirectionType0] = {
    "asc",
    "desc",
}


def check_history_list_sort_direction_type_0(value: str) -> HistoryListSortDirectionType0:
    """Accept ``value`` as a HistoryListSortDirectionType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``HISTORY_LIST_SORT_DIRECTION_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(HistoryListSortDirectionType0, value)
