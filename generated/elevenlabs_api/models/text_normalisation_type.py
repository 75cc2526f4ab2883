from typing import Literal, cast

TextNormalisationType = Literal["elevenlabs", "system_prompt"]

TEXT_NORMALISATION_TYPE_VALUES: set[TextNormalisationType] = {
    "elevenlabs",
    "system_prompt",
}


def check_text_normalisation_type(value: str) -> TextNormalisationType:
    """Accept ``value`` as a TextNormalisationType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEXT_NORMALISATION_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TextNormalisationType, value)
