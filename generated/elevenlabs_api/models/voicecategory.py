from typing import Literal, cast

VOICECATEGORY = Literal["cloned", "famous", "generated", "premade", "professional"]

VOICECATEGORY_VALUES: set[VOICECATEGORY] = {
    "cloned",
    "famous",
    "generated",
    "premade",
    "professional",
}


def check_voicecategory(value: str) -> VOICECATEGORY:
    """Accept ``value`` as a VOICECATEGORY.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICECATEGORY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VOICECATEGORY, value)
