from typing import Literal, cast

InlineImageReferenceMimeType = Literal["image/heic", "image/heif", "image/jpeg", "image/png", "image/webp"]

INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES: set[InlineImageReferenceMimeType] = {
    "image/heic",
    "image/heif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_inline_image_reference_mime_type(value: str) -> InlineImageReferenceMimeType:
    """Accept ``value`` as a InlineImageReferenceMimeType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InlineImageReferenceMimeType, value)
