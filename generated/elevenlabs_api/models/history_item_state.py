from typing import Literal, cast

HistoryItemState = Literal["created", "deleted", "processing"]

HISTORY_ITEM_STATE_VALUES: set[HistoryItemState] = {
    "created",
    "deleted",
    "processing",
}


def check_history_item_state(value: str) -> HistoryItemState:
    """Accept ``value`` as a HistoryItemState.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``HISTORY_ITEM_STATE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(HistoryItemState, value)
