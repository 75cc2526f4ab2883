from typing import Literal, cast

CriteriaScoringMode = Literal["binary", "numeric_uniform"]

CRITERIA_SCORING_MODE_VALUES: set[CriteriaScoringMode] = {
    "binary",
    "numeric_uniform",
}


def check_criteria_scoring_mode(value: str) -> CriteriaScoringMode:
    """Accept ``value`` as a CriteriaScoringMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CRITERIA_SCORING_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CriteriaScoringMode, value)
