from typing import Literal, cast

ConvaiFeedbackScore = Literal["dislike", "like"]

CONVAI_FEEDBACK_SCORE_VALUES: set[ConvaiFeedbackScore] = {
    "dislike",
    "like",
}


def check_convai_feedback_score(value: str) -> ConvaiFeedbackScore:
    """Accept ``value`` as a ConvaiFeedbackScore.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_FEEDBACK_SCORE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiFeedbackScore, value)
