from typing import Literal, cast

StudioCaptionAnimationType = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]

STUDIO_CAPTION_ANIMATION_TYPE_VALUES: set[StudioCaptionAnimationType] = {
    "fade",
    "none",
    "pop",
    "scale",
    "scale_down",
    "slam",
    "slide_down",
    "slide_in",
    "slide_up",
}


def check_studio_caption_animation_type(value: str) -> StudioCaptionAnimationType:
    """Accept ``value`` as a StudioCaptionAnimationType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_ANIMATION_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionAnimationType, value)
