from typing import Literal, cast

ConvaiConversationSummaryDirectionType0 = Literal["inbound", "outbound"]

CONVAI_CONVERSATION_SUMMARY_DIRECTION_TYPE_0_VALUES: set[ConvaiConversationSummaryDirectionType0] = {
    "inbound",
    "outbound",
}


def check_convai_conversation_summary_direction_type_0(value: str) -> ConvaiConversationSummaryDirectionType0:
    """Accept ``value`` as a ConvaiConversationSummaryDirectionType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATION_SUMMARY_DIRECTION_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationSummaryDirectionType0, value)
