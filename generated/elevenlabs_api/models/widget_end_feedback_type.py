from typing import Literal, cast

WidgetEndFeedbackType = Literal["rating"]

WIDGET_END_FEEDBACK_TYPE_VALUES: set[WidgetEndFeedbackType] = {
    "rating",
}


def check_widget_end_feedback_type(value: str) -> WidgetEndFeedbackType:
    """Accept ``value`` as a WidgetEndFeedbackType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WIDGET_END_FEEDBACK_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WidgetEndFeedbackType, value)
