from typing import Literal, cast

TopicSortBy = Literal["conversations", "frustration", "sentiment", "success_rate"]

TOPIC_SORT_BY_VALUES: set[TopicSortBy] = {
    "conversations",
    "frustration",
    "sentiment",
    "success_rate",
}


def check_topic_sort_by(value: str) -> TopicSortBy:
    """Accept ``value`` as a TopicSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOPIC_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TopicSortBy, value)
