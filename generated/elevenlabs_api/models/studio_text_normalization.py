from typing import Literal, cast

StudioTextNormalization = Literal["apply_english", "auto", "off", "on"]

STUDIO_TEXT_NORMALIZATION_VALUES: set[StudioTextNormalization] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_studio_text_normalization(value: str) -> StudioTextNormalization:
    """Accept ``value`` as a StudioTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioTextNormalization, value)
