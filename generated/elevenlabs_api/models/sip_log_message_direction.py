from typing import Literal, cast

SIPLogMessageDirection = Literal["in", "out"]

SIP_LOG_MESSAGE_DIRECTION_VALUES: set[SIPLogMessageDirection] = {
    "in",
    "out",
}


def check_sip_log_message_direction(value: str) -> SIPLogMessageDirection:
    """Accept ``value`` as a SIPLogMessageDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SIP_LOG_MESSAGE_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SIPLogMessageDirection, value)
