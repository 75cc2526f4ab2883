from typing import Literal, cast

SpeakerSeparationStatus = Literal["completed", "failed", "not_started", "pending"]

SPEAKER_SEPARATION_STATUS_VALUES: set[SpeakerSeparationStatus] = {
    "completed",
    "failed",
    "not_started",
    "pending",
}


def check_speaker_separation_status(value: str) -> SpeakerSeparationStatus:
    """Accept ``value`` as a SpeakerSeparationStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPEAKER_SEPARATION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpeakerSeparationStatus, value)
