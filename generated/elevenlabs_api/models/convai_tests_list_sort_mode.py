from typing import Literal, cast

ConvaiTestsListSortMode = Literal["default", "folders_first"]

CONVAI_TESTS_LIST_SORT_MODE_VALUES: set[ConvaiTestsListSortMode] = {
    "default",
    "folders_first",
}


def check_convai_tests_list_sort_mode(value: str) -> ConvaiTestsListSortMode:
    """Accept ``value`` as a ConvaiTestsListSortMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TESTS_LIST_SORT_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTestsListSortMode, value)
