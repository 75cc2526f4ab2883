from typing import Literal, cast

GPTImage2RequestResolution = Literal["1K", "2K", "4K"]

GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES: set[GPTImage2RequestResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gpt_image_2_request_resolution(value: str) -> GPTImage2RequestResolution:
    """Accept ``value`` as a GPTImage2RequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage2RequestResolution, value)
