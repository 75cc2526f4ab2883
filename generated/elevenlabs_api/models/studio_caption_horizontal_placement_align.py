from typing import Literal, cast

StudioCaptionHorizontalPlacementAlign = Literal["center", "left", "right"]

STUDIO_CAPTION_HORIZONTAL_PLACEMENT_ALIGN_VALUES: set[StudioCaptionHorizontalPlacementAlign] = {
    "center",
    "left",
    "right",
}


def check_studio_caption_horizontal_placement_align(value: str) -> StudioCaptionHorizontalPlacementAlign:
    """Accept ``value`` as a StudioCaptionHorizontalPlacementAlign.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_HORIZONTAL_PLACEMENT_ALIGN_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionHorizontalPlacementAlign, value)
