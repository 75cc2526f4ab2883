from typing import Literal, cast

VoiceCategory = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]

VOICE_CATEGORY_VALUES: set[VoiceCategory] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_voice_category(value: str) -> VoiceCategory:
    """Accept ``value`` as a VoiceCategory.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_CATEGORY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceCategory, value)
