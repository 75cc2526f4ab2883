from typing import Literal, cast

ConvaiConversationSummaryStatus = Literal["done", "failed", "in-progress", "initiated", "processing"]

CONVAI_CONVERSATION_SUMMARY_STATUS_VALUES: set[ConvaiConversationSummaryStatus] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_convai_conversation_summary_status(value: str) -> ConvaiConversationSummaryStatus:
    """Accept ``value`` as a ConvaiConversationSummaryStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATION_SUMMARY_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationSummaryStatus, value)
