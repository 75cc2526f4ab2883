from typing import Literal, cast

AudioAnalysisStatus = Literal["completed", "failed", "processing"]

AUDIO_ANALYSIS_STATUS_VALUES: set[AudioAnalysisStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_audio_analysis_status(value: str) -> AudioAnalysisStatus:
    """Accept ``value`` as a AudioAnalysisStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUDIO_ANALYSIS_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AudioAnalysisStatus, value)
