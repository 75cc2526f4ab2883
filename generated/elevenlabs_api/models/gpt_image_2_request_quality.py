from typing import Literal, cast

GPTImage2RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_2_REQUEST_QUALITY_VALUES: set[GPTImage2RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_2_request_quality(value: str) -> GPTImage2RequestQuality:
    """Accept ``value`` as a GPTImage2RequestQuality.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_2_REQUEST_QUALITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage2RequestQuality, value)
