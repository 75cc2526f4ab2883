from typing import Literal, cast

DubbingListFilterByCreator = Literal["all", "others", "personal"]

DUBBING_LIST_FILTER_BY_CREATOR_VALUES: set[DubbingListFilterByCreator] = {
    "all",
    "others",
    "personal",
}


def check_dubbing_list_filter_by_creator(value: str) -> DubbingListFilterByCreator:
    """Accept ``value`` as a DubbingListFilterByCreator.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_FILTER_BY_CREATOR_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListFilterByCreator, value)
