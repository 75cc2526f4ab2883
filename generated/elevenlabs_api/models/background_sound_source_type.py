from typing import Literal, cast

BackgroundSoundSourceType = Literal["preset"]

BACKGROUND_SOUND_SOURCE_TYPE_VALUES: set[BackgroundSoundSourceType] = {
    "preset",
}


def check_background_sound_source_type(value: str) -> BackgroundSoundSourceType:
    """Accept ``value`` as a BackgroundSoundSourceType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BACKGROUND_SOUND_SOURCE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BackgroundSoundSourceType, value)
