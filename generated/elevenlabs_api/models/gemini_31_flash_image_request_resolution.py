from typing import Literal, cast

Gemini31FlashImageRequestResolution = Literal["1K", "2K", "4K", "512"]

GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini31FlashImageRequestResolution] = {
    "1K",
    "2K",
    "4K",
    "512",
}


def check_gemini_31_flash_image_request_resolution(value: str) -> Gemini31FlashImageRequestResolution:
    """Accept ``value`` as a Gemini31FlashImageRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GEMINI_31_FLASH_IMAGE_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Gemini31FlashImageRequestResolution, value)
