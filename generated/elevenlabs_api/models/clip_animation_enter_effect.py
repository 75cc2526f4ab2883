from typing import Literal, cast

ClipAnimationEnterEffect = Literal[
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
]

CLIP_ANIMATION_ENTER_EFFECT_VALUES: set[ClipAnimationEnterEffect] = {
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
}


def check_clip_animation_enter_effect(value: str) -> ClipAnimationEnterEffect:
    """Accept ``value`` as a ClipAnimationEnterEffect.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CLIP_ANIMATION_ENTER_EFFECT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ClipAnimationEnterEffect, value)
