from typing import Literal, cast

VoicesGetSharedCategoryType0 = Literal["famous", "high_quality", "professional"]

VOICES_GET_SHARED_CATEGORY_TYPE_0_VALUES: set[VoicesGetSharedCategoryType0] = {
    "famous",
    "high_quality",
    "professional",
}


def check_voices_get_shared_category_type_0(value: str) -> VoicesGetSharedCategoryType0:
    """Accept ``value`` as a VoicesGetSharedCategoryType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICES_GET_SHARED_CATEGORY_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoicesGetSharedCategoryType0, value)
