from typing import Literal, cast

StudioCaptionStyleTextBlendModeType0 = Literal["difference", "multiply", "normal"]

STUDIO_CAPTION_STYLE_TEXT_BLEND_MODE_TYPE_0_VALUES: set[StudioCaptionStyleTextBlendModeType0] = {
    "difference",
    "multiply",
    "normal",
}


def check_studio_caption_style_text_blend_mode_type_0(value: str) -> StudioCaptionStyleTextBlendModeType0:
    """Accept ``value`` as a StudioCaptionStyleTextBlendModeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_STYLE_TEXT_BLEND_MODE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionStyleTextBlendModeType0, value)
