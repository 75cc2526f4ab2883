from typing import Literal, cast

SearchStrategy = Literal["cat", "keyword", "ls", "semantic"]

SEARCH_STRATEGY_VALUES: set[SearchStrategy] = {
    "cat",
    "keyword",
    "ls",
    "semantic",
}


def check_search_strategy(value: str) -> SearchStrategy:
    """Accept ``value`` as a SearchStrategy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SEARCH_STRATEGY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SearchStrategy, value)
