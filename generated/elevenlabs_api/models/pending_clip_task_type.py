from typing import Literal, cast

PendingClipTaskType = Literal["dubbing", "media_generation", "preprocessing", "speech_import", "video_to_music"]

PENDING_CLIP_TASK_TYPE_VALUES: set[PendingClipTaskType] = {
    "dubbing",
    "media_generation",
    "preprocessing",
    "speech_import",
    "video_to_music",
}


def check_pending_clip_task_type(value: str) -> PendingClipTaskType:
    """Accept ``value`` as a PendingClipTaskType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PENDING_CLIP_TASK_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PendingClipTaskType, value)
