from typing import Literal, cast

StudioCaptionVerticalPlacementAlign = Literal["bottom", "center", "top"]

STUDIO_CAPTION_VERTICAL_PLACEMENT_ALIGN_VALUES: set[StudioCaptionVerticalPlacementAlign] = {
    "bottom",
    "center",
    "top",
}


def check_studio_caption_vertical_placement_align(value: str) -> StudioCaptionVerticalPlacementAlign:
    """Accept ``value`` as a StudioCaptionVerticalPlacementAlign.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_VERTICAL_PLACEMENT_ALIGN_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionVerticalPlacementAlign, value)
