from typing import Literal, cast

SpellingPatience = Literal["auto", "off"]

SPELLING_PATIENCE_VALUES: set[SpellingPatience] = {
    "auto",
    "off",
}


def check_spelling_patience(value: str) -> SpellingPatience:
    """Accept ``value`` as a SpellingPatience.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPELLING_PATIENCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpellingPatience, value)
