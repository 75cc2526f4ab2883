from typing import Literal, cast

TextNormalizationMode = Literal["auto", "off", "on"]

TEXT_NORMALIZATION_MODE_VALUES: set[TextNormalizationMode] = {
    "auto",
    "off",
    "on",
}


def check_text_normalization_mode(value: str) -> TextNormalizationMode:
    """Accept ``value`` as a TextNormalizationMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEXT_NORMALIZATION_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TextNormalizationMode, value)
