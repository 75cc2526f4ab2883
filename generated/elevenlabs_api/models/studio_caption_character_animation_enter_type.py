from typing import Literal, cast

StudioCaptionCharacterAnimationEnterType = Literal["fade", "none", "typewriter"]

STUDIO_CAPTION_CHARACTER_ANIMATION_ENTER_TYPE_VALUES: set[StudioCaptionCharacterAnimationEnterType] = {
    "fade",
    "none",
    "typewriter",
}


def check_studio_caption_character_animation_enter_type(value: str) -> StudioCaptionCharacterAnimationEnterType:
    """Accept ``value`` as a StudioCaptionCharacterAnimationEnterType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_CHARACTER_ANIMATION_ENTER_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionCharacterAnimationEnterType, value)
