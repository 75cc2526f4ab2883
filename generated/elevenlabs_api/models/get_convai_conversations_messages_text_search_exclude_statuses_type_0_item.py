from typing import Literal, cast

GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item = Literal[
    "done", "failed", "in-progress", "initiated", "processing"
]

GET_CONVAI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[
    GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item
] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_get_convai_conversations_messages_text_search_exclude_statuses_type_0_item(
    value: str,
) -> GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item:
    """Accept ``value`` as a GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_CONVAI_CONVERSATIONS_MESSAGES_TEXT_SEARCH_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetConvaiConversationsMessagesTextSearchExcludeStatusesType0Item, value)
