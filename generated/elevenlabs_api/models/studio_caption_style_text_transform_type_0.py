from typing import Literal, cast

StudioCaptionStyleTextTransformType0 = Literal["none", "uppercase"]

STUDIO_CAPTION_STYLE_TEXT_TRANSFORM_TYPE_0_VALUES: set[StudioCaptionStyleTextTransformType0] = {
    "none",
    "uppercase",
}


def check_studio_caption_style_text_transform_type_0(value: str) -> StudioCaptionStyleTextTransformType0:
    """Accept ``value`` as a StudioCaptionStyleTextTransformType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_STYLE_TEXT_TRANSFORM_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionStyleTextTransformType0, value)
