from typing import Literal, cast

MusicGenerationMode = Literal["ambience", "loop", "track", "video_to_music"]

MUSIC_GENERATION_MODE_VALUES: set[MusicGenerationMode] = {
    "ambience",
    "loop",
    "track",
    "video_to_music",
}


def check_music_generation_mode(value: str) -> MusicGenerationMode:
    """Accept ``value`` as a MusicGenerationMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MUSIC_GENERATION_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MusicGenerationMode, value)
