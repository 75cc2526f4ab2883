from typing import Literal, cast

GPTImage1RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_1_REQUEST_QUALITY_VALUES: set[GPTImage1RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_request_quality(value: str) -> GPTImage1RequestQuality:
    """Accept ``value`` as a GPTImage1RequestQuality.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_1_REQUEST_QUALITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage1RequestQuality, value)
