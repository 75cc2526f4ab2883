from typing import Literal, cast

VoiceSharingStatus = Literal["copied", "copied_disabled", "disabled", "enabled"]

VOICE_SHARING_STATUS_VALUES: set[VoiceSharingStatus] = {
    "copied",
    "copied_disabled",
    "disabled",
    "enabled",
}


def check_voice_sharing_status(value: str) -> VoiceSharingStatus:
    """Accept ``value`` as a VoiceSharingStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_SHARING_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceSharingStatus, value)
