from typing import Literal, cast

StudioClipReferenceClipType = Literal["external_audio", "image", "tts_node", "video"]

STUDIO_CLIP_REFERENCE_CLIP_TYPE_VALUES: set[StudioClipReferenceClipType] = {
    "external_audio",
    "image",
    "tts_node",
    "video",
}


def check_studio_clip_reference_clip_type(value: str) -> StudioClipReferenceClipType:
    """Accept ``value`` as a StudioClipReferenceClipType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CLIP_REFERENCE_CLIP_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioClipReferenceClipType, value)
