from typing import Literal, cast

ConvaiConversationsListSummaryMode = Literal["exclude", "include"]

CONVAI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES: set[ConvaiConversationsListSummaryMode] = {
    "exclude",
    "include",
}


def check_convai_conversations_list_summary_mode(value: str) -> ConvaiConversationsListSummaryMode:
    """Accept ``value`` as a ConvaiConversationsListSummaryMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATIONS_LIST_SUMMARY_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationsListSummaryMode, value)
