from typing import Literal, cast

GPTImage1RequestAspectRatio = Literal["1:1", "2:3", "3:2"]

GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES: set[GPTImage1RequestAspectRatio] = {
    "1:1",
    "2:3",
    "3:2",
}


def check_gpt_image_1_request_aspect_ratio(value: str) -> GPTImage1RequestAspectRatio:
    """Accept ``value`` as a GPTImage1RequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage1RequestAspectRatio, value)
