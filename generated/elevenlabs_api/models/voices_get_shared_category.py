from typing import Literal, cast

VoicesGetSharedCategory = Literal["famous", "high_quality", "professional"]

VOICES_GET_SHARED_CATEGORY_VALUES: set[VoicesGetSharedCategory] = {
    "famous",
    "high_quality",
    "professional",
}


def check_voices_get_shared_category(value: str) -> VoicesGetSharedCategory:
    """Accept ``value`` as a VoicesGetSharedCategory.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICES_GET_SHARED_CATEGORY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoicesGetSharedCategory, value)
