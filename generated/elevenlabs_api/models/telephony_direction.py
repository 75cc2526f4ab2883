from typing import Literal, cast

TelephonyDirection = Literal["inbound", "outbound"]

TELEPHONY_DIRECTION_VALUES: set[TelephonyDirection] = {
    "inbound",
    "outbound",
}


def check_telephony_direction(value: str) -> TelephonyDirection:
    """Accept ``value`` as a TelephonyDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TELEPHONY_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TelephonyDirection, value)
