from typing import Literal, cast

UsersSortBy = Literal["average_sentiment_score", "conversation_count", "last_contact_unix_secs"]

USERS_SORT_BY_VALUES: set[UsersSortBy] = {
    "average_sentiment_score",
    "conversation_count",
    "last_contact_unix_secs",
}


def check_users_sort_by(value: str) -> UsersSortBy:
    """Accept ``value`` as a UsersSortBy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USERS_SORT_BY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UsersSortBy, value)
