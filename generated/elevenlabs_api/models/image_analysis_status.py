from typing import Literal, cast

ImageAnalysisStatus = Literal["completed", "failed", "processing"]

IMAGE_ANALYSIS_STATUS_VALUES: set[ImageAnalysisStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_image_analysis_status(value: str) -> ImageAnalysisStatus:
    """Accept ``value`` as a ImageAnalysisStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``IMAGE_ANALYSIS_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ImageAnalysisStatus, value)
