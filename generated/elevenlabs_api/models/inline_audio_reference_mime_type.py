from typing import Literal, cast

InlineAudioReferenceMimeType = Literal["audio/mpeg", "audio/wav"]

INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES: set[InlineAudioReferenceMimeType] = {
    "audio/mpeg",
    "audio/wav",
}


def check_inline_audio_reference_mime_type(value: str) -> InlineAudioReferenceMimeType:
    """Accept ``value`` as a InlineAudioReferenceMimeType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InlineAudioReferenceMimeType, value)
