from typing import Literal, cast

VideoAnalysisStatus = Literal["completed", "failed", "processing"]

VIDEO_ANALYSIS_STATUS_VALUES: set[VideoAnalysisStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_video_analysis_status(value: str) -> VideoAnalysisStatus:
    """Accept ``value`` as a VideoAnalysisStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VIDEO_ANALYSIS_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(VideoAnalysisStatus, value)
