from typing import Literal, cast

PronunciationDictionariesListSortType0 = Literal["creation_time_unix", "name"]

PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES: set[PronunciationDictionariesListSortType0] = {
    "creation_time_unix",
    "name",
}


def check_pronunciation_dictionaries_list_sort_type_0(value: str) -> PronunciationDictionariesListSortType0:
    """Accept ``value`` as a PronunciationDictionariesListSortType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PronunciationDictionariesListSortType0, value)
