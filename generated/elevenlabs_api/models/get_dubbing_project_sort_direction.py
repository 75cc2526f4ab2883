from typing import Literal, cast

GetDubbingProjectSortDirection = Literal["ASCENDING", "DESCENDING"]

GET_DUBBING_PROJECT_SORT_DIRECTION_VALUES: set[GetDubbingProjectSortDirection] = {
    "ASCENDING",
    "DESCENDING",
}


def check_get_dubbing_project_sort_direction(value: str) -> GetDubbingProjectSortDirection:
    """Accept ``value`` as a GetDubbingProjectSortDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_DUBBING_PROJECT_SORT_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetDubbingProjectSortDirection, value)
