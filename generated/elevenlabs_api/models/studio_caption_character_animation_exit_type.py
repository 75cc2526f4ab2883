from typing import Literal, cast

StudioCaptionCharacterAnimationExitType = Literal["fade", "none"]

STUDIO_CAPTION_CHARACTER_ANIMATION_EXIT_TYPE_VALUES: set[StudioCaptionCharacterAnimationExitType] = {
    "fade",
    "none",
}


def check_studio_caption_character_animation_exit_type(value: str) -> StudioCaptionCharacterAnimationExitType:
    """Accept ``value`` as a StudioCaptionCharacterAnimationExitType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_CHARACTER_ANIMATION_EXIT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionCharacterAnimationExitType, value)
