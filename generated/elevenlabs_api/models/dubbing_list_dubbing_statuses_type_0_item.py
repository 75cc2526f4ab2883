from typing import Literal, cast

DubbingListDubbingStatusesType0Item = Literal["dubbed", "dubbing", "failed", "preparing", "queued"]

DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES: set[DubbingListDubbingStatusesType0Item] = {
    "dubbed",
    "dubbing",
    "failed",
    "preparing",
    "queued",
}


def check_dubbing_list_dubbing_statuses_type_0_item(value: str) -> DubbingListDubbingStatusesType0Item:
    """Accept ``value`` as a DubbingListDubbingStatusesType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListDubbingStatusesType0Item, value)
