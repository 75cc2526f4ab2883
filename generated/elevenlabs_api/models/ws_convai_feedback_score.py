from typing import Literal, cast

WsConvaiFeedbackScore = Literal["dislike", "like"]

WS_CONVAI_FEEDBACK_SCORE_VALUES: set[WsConvaiFeedbackScore] = {
    "dislike",
    "like",
}


def check_ws_convai_feedback_score(value: str) -> WsConvaiFeedbackScore:
    """Accept ``value`` as a WsConvaiFeedbackScore.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_CONVAI_FEEDBACK_SCORE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsConvaiFeedbackScore, value)
