from typing import Literal, cast

ConvaiSipTrunkPhoneCallDirection = Literal["inbound", "outbound"]

CONVAI_SIP_TRUNK_PHONE_CALL_DIRECTION_VALUES: set[ConvaiSipTrunkPhoneCallDirection] = {
    "inbound",
    "outbound",
}


def check_convai_sip_trunk_phone_call_direction(value: str) -> ConvaiSipTrunkPhoneCallDirection:
    """Accept ``value`` as a ConvaiSipTrunkPhoneCallDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_SIP_TRUNK_PHONE_CALL_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiSipTrunkPhoneCallDirection, value)
