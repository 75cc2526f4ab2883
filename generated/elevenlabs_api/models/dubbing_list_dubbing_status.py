from typing import Literal, cast

DubbingListDubbingStatus = Literal["dubbed", "dubbing", "failed"]

DUBBING_LIST_DUBBING_STATUS_VALUES: set[DubbingListDubbingStatus] = {
    "dubbed",
    "dubbing",
    "failed",
}


def check_dubbing_list_dubbing_status(value: str) -> DubbingListDubbingStatus:
    """Accept ``value`` as a DubbingListDubbingStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_LIST_DUBBING_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingListDubbingStatus, value)
