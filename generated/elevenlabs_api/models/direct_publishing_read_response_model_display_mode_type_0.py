from typing import Literal, cast

DirectPublishingReadResponseModelDisplayModeType0 = Literal["audio-only", "text", "text-with-audio"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelDisplayModeType0
] = {
    "audio-only",
    "text",
    "text-with-audio",
}


def check_direct_publishing_read_response_model_display_mode_type_0(
    value: str,
) -> DirectPublishingReadResponseModelDisplayModeType0:
    """Accept ``value`` as a DirectPublishingReadResponseModelDisplayModeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DirectPublishingReadResponseModelDisplayModeType0, value)
