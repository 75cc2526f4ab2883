from typing import Literal, cast

GetConvaiConversationsMessagesTextSearchSummaryMode = Literal["exclude", "include"]

GET_CONVAI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES: set[
    GetConvaiConversationsMessagesTextSearchSummaryMode
] = {
    "exclude",
    "include",
}


def check_get_convai_conversations_messages_text_search_summary_mode(
    value: str,
) -> GetConvaiConversationsMessagesTextSearchSummaryMode:
    """Accept ``value`` as a GetConvaiConversationsMessagesTextSearchSummaryMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_CONVAI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_SUMMARY_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetConvaiConversationsMessagesTextSearchSummaryMode, value)
