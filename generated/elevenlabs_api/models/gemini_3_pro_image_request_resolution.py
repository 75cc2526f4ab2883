from typing import Literal, cast

Gemini3ProImageRequestResolution = Literal["1K", "2K", "4K"]

GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini3ProImageRequestResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gemini_3_pro_image_request_resolution(value: str) -> Gemini3ProImageRequestResolution:
    """Accept ``value`` as a Gemini3ProImageRequestResolution.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Gemini3ProImageRequestResolution, value)
