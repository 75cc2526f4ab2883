from typing import Literal, cast

MessageSearchSortBy = Literal["created_at", "search_score"]

MESSAGE_SEARCH_SORT_BY_VALUES: set[MessageSearchSortBy] = {
    "created_at",
    "search_score",
}


def check_message_search_sort_by(value: str) -> MessageSearchSortBy:
    """Accept ``value`` as a MessageSearchSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MESSAGE_SEARCH_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MessageSearchSortBy, value)
