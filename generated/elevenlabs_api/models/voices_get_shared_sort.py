from typing import Literal, cast

VoicesGetSharedSort = Literal["cloned_by_count", "created_date", "trending", "usage_character_count_1y"]

VOICES_GET_SHARED_SORT_VALUES: set[VoicesGetSharedSort] = {
    "cloned_by_count",
    "created_date",
    "trending",
    "usage_character_count_1y",
}


def check_voices_get_shared_sort(value: str) -> VoicesGetSharedSort:
    """Accept ``value`` as a VoicesGetSharedSort.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICES_GET_SHARED_SORT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoicesGetSharedSort, value)
