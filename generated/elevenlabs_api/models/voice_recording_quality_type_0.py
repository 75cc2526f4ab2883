from typing import Literal, cast

VoiceRecordingQualityType0 = Literal["bad", "good", "ok", "poor", "studio"]

VOICE_RECORDING_QUALITY_TYPE_0_VALUES: set[VoiceRecordingQualityType0] = {
    "bad",
    "good",
    "ok",
    "poor",
    "studio",
}


def check_voice_recording_quality_type_0(value: str) -> VoiceRecordingQualityType0:
    """Accept ``value`` as a VoiceRecordingQualityType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VOICE_RECORDING_QUALITY_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VoiceRecordingQualityType0, value)
