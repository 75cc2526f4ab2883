from typing import Literal, cast

Gemini3ProImageRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GEMINI_3_PRO_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini3ProImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_gemini_3_pro_image_request_aspect_ratio(value: str) -> Gemini3ProImageRequestAspectRatio:
    """Accept ``value`` as a Gemini3ProImageRequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GEMINI_3_PRO_IMAGE_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Gemini3ProImageRequestAspectRatio, value)
