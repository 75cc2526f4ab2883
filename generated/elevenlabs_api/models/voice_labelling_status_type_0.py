from typing import Literal, cast

VoiceLabellingStatusType0 = Literal["in_review", "review_complete"]

VOICE_LABELLING_STATUS_TYPE_0_VALUES: set[VoiceLabellingStatusType0] = {
    "in_review",
    "review_complete",
}


def check_voice_labelling_status_type_0(value: str) -> VoiceLabellingStatusType0:
    """Accept ``value`` as a VoiceLabellingStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_LABELLING_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceLabellingStatusType0, value)
