from typing import Literal, cast

BackgroundSoundPresetId = Literal[
    "city", "elevator1", "elevator2", "elevator3", "elevator4", "office1", "office2", "restaurant", "typing"
]

BACKGROUND_SOUND_PRESET_ID_VALUES: set[BackgroundSoundPresetId] = {
    "city",
    "elevator1",
    "elevator2",
    "elevator3",
    "elevator4",
    "office1",
    "office2",
    "restaurant",
    "typing",
}


def check_background_sound_preset_id(value: str) -> BackgroundSoundPresetId:
    """Accept ``value`` as a BackgroundSoundPresetId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BACKGROUND_SOUND_PRESET_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BackgroundSoundPresetId, value)
