from typing import Literal, cast

StudioCaptionStyleTextAlignType0 = Literal["center", "end", "start"]

STUDIO_CAPTION_STYLE_TEXT_ALIGN_TYPE_0_VALUES: set[StudioCaptionStyleTextAlignType0] = {
    "center",
    "end",
    "start",
}


def check_studio_caption_style_text_align_type_0(value: str) -> StudioCaptionStyleTextAlignType0:
    """Accept ``value`` as a StudioCaptionStyleTextAlignType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_STYLE_TEXT_ALIGN_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionStyleTextAlignType0, value)
