from typing import Literal, cast

DubbingSimilarVoiceCategory = Literal["cloned", "famous", "generated", "premade", "professional"]

DUBBING_SIMILAR_VOICE_CATEGORY_VALUES: set[DubbingSimilarVoiceCategory] = {
    "cloned",
    "famous",
    "generated",
    "premade",
    "professional",
}


def check_dubbing_similar_voice_category(value: str) -> DubbingSimilarVoiceCategory:
    """Accept ``value`` as a DubbingSimilarVoiceCategory.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_SIMILAR_VOICE_CATEGORY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingSimilarVoiceCategory, value)
