from typing import Literal, cast

HistoryItemVoiceCategoryType0 = Literal["cloned", "generated", "premade", "professional"]

HISTORY_ITEM_VOICE_CATEGORY_TYPE_0_VALUES: set[HistoryItemVoiceCategoryType0] = {
    "cloned",
    "generated",
    "premade",
    "professional",
}


def check_history_item_voice_category_type_0(value: str) -> HistoryItemVoiceCategoryType0:
    """Accept ``value`` as a HistoryItemVoiceCategoryType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``HISTORY_ITEM_VOICE_CATEGORY_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(HistoryItemVoiceCategoryType0, value)
