from typing import Literal, cast

ConvaiConversationsListExcludeStatusesType0Item = Literal["done", "failed", "in-progress", "initiated", "processing"]

CONVAI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES: set[ConvaiConversationsListExcludeStatusesType0Item] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_convai_conversations_list_exclude_statuses_type_0_item(
    value: str,
) -> ConvaiConversationsListExcludeStatusesType0Item:
    """Accept ``value`` as a ConvaiConversationsListExcludeStatusesType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATIONS_LIST_EXCLUDE_STATUSES_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationsListExcludeStatusesType0Item, value)
