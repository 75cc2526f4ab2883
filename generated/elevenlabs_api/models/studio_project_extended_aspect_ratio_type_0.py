from typing import Literal, cast

StudioProjectExtendedAspectRatioType0 = Literal["16:9", "1:1", "4:5", "9:16"]

STUDIO_PROJECT_EXTENDED_ASPECT_RATIO_TYPE_0_VALUES: set[StudioProjectExtendedAspectRatioType0] = {
    "16:9",
    "1:1",
    "4:5",
    "9:16",
}


def check_studio_project_extended_aspect_ratio_type_0(value: str) -> StudioProjectExtendedAspectRatioType0:
    """Accept ``value`` as a StudioProjectExtendedAspectRatioType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_PROJECT_EXTENDED_ASPECT_RATIO_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioProjectExtendedAspectRatioType0, value)
