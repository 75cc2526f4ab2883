from typing import Literal, cast

NonStreamingOutputFormats = Literal[
    "wav_16000", "wav_22050", "wav_24000", "wav_32000", "wav_44100", "wav_48000", "wav_8000"
]

NON_STREAMING_OUTPUT_FORMATS_VALUES: set[NonStreamingOutputFormats] = {
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
}


def check_non_streaming_output_formats(value: str) -> NonStreamingOutputFormats:
    """Accept ``value`` as a NonStreamingOutputFormats.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``NON_STREAMING_OUTPUT_FORMATS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(NonStreamingOutputFormats, value)
