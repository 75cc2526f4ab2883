from typing import Literal, cast

PlatformCategory = Literal["asr", "burst", "other", "reception", "silence", "text_message", "voice"]

PLATFORM_CATEGORY_VALUES: set[PlatformCategory] = {
    "asr",
    "burst",
    "other",
    "reception",
    "silence",
    "text_message",
    "voice",
}


def check_platform_category(value: str) -> PlatformCategory:
    """Accept ``value`` as a PlatformCategory.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PLATFORM_CATEGORY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PlatformCategory, value)
