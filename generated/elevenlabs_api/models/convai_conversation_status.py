from typing import Literal, cast

ConvaiConversationStatus = Literal["done", "failed", "in-progress", "initiated", "processing"]

CONVAI_CONVERSATION_STATUS_VALUES: set[ConvaiConversationStatus] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_convai_conversation_status(value: str) -> ConvaiConversationStatus:
    """Accept ``value`` as a ConvaiConversationStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationStatus, value)
