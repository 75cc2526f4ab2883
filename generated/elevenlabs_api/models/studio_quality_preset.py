from typing import Literal, cast

StudioQualityPreset = Literal["high", "standard", "ultra", "ultra_lossless"]

STUDIO_QUALITY_PRESET_VALUES: set[StudioQualityPreset] = {
    "high",
    "standard",
    "ultra",
    "ultra_lossless",
}


def check_studio_quality_preset(value: str) -> StudioQualityPreset:
    """Accept ``value`` as a StudioQualityPreset.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_QUALITY_PRESET_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioQualityPreset, value)
