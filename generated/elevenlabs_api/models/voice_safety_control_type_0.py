from typing import Literal, cast

VoiceSafetyControlType0 = Literal["BAN", "CAPTCHA", "ENTERPRISE_BAN", "ENTERPRISE_CAPTCHA", "NONE"]

VOICE_SAFETY_CONTROL_TYPE_0_VALUES: set[VoiceSafetyControlType0] = {
    "BAN",
    "CAPTCHA",
    "ENTERPRISE_BAN",
    "ENTERPRISE_CAPTCHA",
    "NONE",
}


def check_voice_safety_control_type_0(value: str) -> VoiceSafetyControlType0:
    """Accept ``value`` as a VoiceSafetyControlType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_SAFETY_CONTROL_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceSafetyControlType0, value)
