from typing import Literal, cast

ConversationFeedbackType = Literal["rating", "thumbs"]

CONVERSATION_FEEDBACK_TYPE_VALUES: set[ConversationFeedbackType] = {
    "rating",
    "thumbs",
}


def check_conversation_feedback_type(value: str) -> ConversationFeedbackType:
    """Accept ``value`` as a ConversationFeedbackType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVERSATION_FEEDBACK_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConversationFeedbackType, value)
