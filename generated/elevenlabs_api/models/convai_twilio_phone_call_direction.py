from typing import Literal, cast

ConvaiTwilioPhoneCallDirection = Literal["inbound", "outbound"]

CONVAI_TWILIO_PHONE_CALL_DIRECTION_VALUES: set[ConvaiTwilioPhoneCallDirection] = {
    "inbound",
    "outbound",
}


def check_convai_twilio_phone_call_direction(value: str) -> ConvaiTwilioPhoneCallDirection:
    """Accept ``value`` as a ConvaiTwilioPhoneCallDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TWILIO_PHONE_CALL_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTwilioPhoneCallDirection, value)
