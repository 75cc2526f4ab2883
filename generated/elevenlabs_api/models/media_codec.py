from typing import Literal, cast

MediaCodec = Literal["G722/8000", "PCMA/8000", "PCMU/8000"]

MEDIA_CODEC_VALUES: set[MediaCodec] = {
    "G722/8000",
    "PCMA/8000",
    "PCMU/8000",
}


def check_media_codec(value: str) -> MediaCodec:
    """Accept ``value`` as a MediaCodec.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MEDIA_CODEC_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MediaCodec, value)
