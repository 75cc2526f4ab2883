from typing import Literal, cast

VoiceSharingReviewStatus = Literal["allowed", "allowed_with_changes", "declined", "not_requested", "pending"]

VOICE_SHARING_REVIEW_STATUS_VALUES: set[VoiceSharingReviewStatus] = {
    "allowed",
    "allowed_with_changes",
    "declined",
    "not_requested",
    "pending",
}


def check_voice_sharing_review_status(value: str) -> VoiceSharingReviewStatus:
    """Accept ``value`` as a VoiceSharingReviewStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_SHARING_REVIEW_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceSharingReviewStatus, value)
