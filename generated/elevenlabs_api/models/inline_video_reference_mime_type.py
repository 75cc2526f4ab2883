from typing import Literal, cast

InlineVideoReferenceMimeType = Literal["video/mp4", "video/quicktime", "video/webm"]

INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES: set[InlineVideoReferenceMimeType] = {
    "video/mp4",
    "video/quicktime",
    "video/webm",
}


def check_inline_video_reference_mime_type(value: str) -> InlineVideoReferenceMimeType:
    """Accept ``value`` as a InlineVideoReferenceMimeType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InlineVideoReferenceMimeType, value)
