from typing import Literal, cast

SeatType = Literal["workspace_admin", "workspace_lite_member", "workspace_member"]

SEAT_TYPE_VALUES: set[SeatType] = {
    "workspace_admin",
    "workspace_lite_member",
    "workspace_member",
}


def check_seat_type(value: str) -> SeatType:
    """Accept ``value`` as a SeatType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SEAT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SeatType, value)
