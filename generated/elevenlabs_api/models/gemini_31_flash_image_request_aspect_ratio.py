from typing import Literal, cast

Gemini31FlashImageRequestAspectRatio = Literal[
    "16:9", "1:1", "1:4", "1:8", "21:9", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "auto"
]

GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES: set[Gemini31FlashImageRequestAspectRatio] = {
    "16:9",
    "1:1",
    "1:4",
    "1:8",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "auto",
}


def check_gemini_31_flash_image_request_aspect_ratio(value: str) -> Gemini31FlashImageRequestAspectRatio:
    """Accept ``value`` as a Gemini31FlashImageRequestAspectRatio.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GEMINI_31_FLASH_IMAGE_REQUEST_ASPECT_RATIO_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Gemini31FlashImageRequestAspectRatio, value)
