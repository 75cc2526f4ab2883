from typing import Literal, cast

DubbingRenderType = Literal["aac", "aaf", "clips_zip", "mp3", "mp4", "tracks_zip", "wav", "zip"]

DUBBING_RENDER_TYPE_VALUES: set[DubbingRenderType] = {
    "aac",
    "aaf",
    "clips_zip",
    "mp3",
    "mp4",
    "tracks_zip",
    "wav",
    "zip",
}


def check_dubbing_render_type(value: str) -> DubbingRenderType:
    """Accept ``value`` as a DubbingRenderType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DUBBING_RENDER_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DubbingRenderType, value)
