from typing import Literal, cast

ConvaiAsrQuality = Literal["high"]

CONVAI_ASR_QUALITY_VALUES: set[ConvaiAsrQuality] = {
    "high",
}


def check_convai_asr_quality(value: str) -> ConvaiAsrQuality:
    """Accept ``value`` as a ConvaiAsrQuality.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_ASR_QUALITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiAsrQuality, value)
