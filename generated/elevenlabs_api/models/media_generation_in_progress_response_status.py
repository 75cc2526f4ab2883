from typing import Literal, cast

MediaGenerationInProgressResponseStatus = Literal["generating", "pending"]

MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_VALUES: set[MediaGenerationInProgressResponseStatus] = {
    "generating",
    "pending",
}


def check_media_generation_in_progress_response_status(value: str) -> MediaGenerationInProgressResponseStatus:
    """Accept ``value`` as a MediaGenerationInProgressResponseStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MediaGenerationInProgressResponseStatus, value)
