from typing import Literal, cast

GPTImage2RequestAspectRatio = Literal[
    "16:9", "1:1", "1:2", "1:3", "21:9", "2:1", "2:3", "3:1", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES: set[GPTImage2RequestAspectRatio] = {
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_gpt_image_2_request_aspect_ratio(value: str) -> GPTImage2RequestAspectRatio:
    """Accept ``value`` as a GPTImage2RequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GPTImage2RequestAspectRatio, value)
