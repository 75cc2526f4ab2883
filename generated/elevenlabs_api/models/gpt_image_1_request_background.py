from typing import Literal, cast

GPTImage1RequestBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES: set[GPTImage1RequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_1_request_background(value: str) -> GPTImage1RequestBackground:
    """Accept ``value`` as a GPTImage1RequestBackground.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage1RequestBackground, value)
