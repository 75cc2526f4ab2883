from typing import Literal, cast

StudioCaptionStyleTextStyleType0 = Literal["italic", "normal"]

STUDIO_CAPTION_STYLE_TEXT_STYLE_TYPE_0_VALUES: set[StudioCaptionStyleTextStyleType0] = {
    "italic",
    "normal",
}


def check_studio_caption_style_text_style_type_0(value: str) -> StudioCaptionStyleTextStyleType0:
    """Accept ``value`` as a StudioCaptionStyleTextStyleType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_STYLE_TEXT_STYLE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionStyleTextStyleType0, value)
