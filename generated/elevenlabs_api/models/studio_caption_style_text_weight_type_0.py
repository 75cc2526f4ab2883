from typing import Literal, cast

StudioCaptionStyleTextWeightType0 = Literal["900", "bold", "normal"]

STUDIO_CAPTION_STYLE_TEXT_WEIGHT_TYPE_0_VALUES: set[StudioCaptionStyleTextWeightType0] = {
    "900",
    "bold",
    "normal",
}


def check_studio_caption_style_text_weight_type_0(value: str) -> StudioCaptionStyleTextWeightType0:
    """Accept ``value`` as a StudioCaptionStyleTextWeightType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_CAPTION_STYLE_TEXT_WEIGHT_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioCaptionStyleTextWeightType0, value)
