from typing import Literal, cast

ConvaiWidgetFeedbackMode = Literal["during", "end", "none"]

CONVAI_WIDGET_FEEDBACK_MODE_VALUES: set[ConvaiWidgetFeedbackMode] = {
    "during",
    "end",
    "none",
}


def check_convai_widget_feedback_mode(value: str) -> ConvaiWidgetFeedbackMode:
    """Accept ``value`` as a ConvaiWidgetFeedbackMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WIDGET_FEEDBACK_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWidgetFeedbackMode, value)
