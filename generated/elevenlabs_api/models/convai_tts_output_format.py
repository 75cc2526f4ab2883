from typing import Literal, cast

ConvaiTtsOutputFormat = Literal[
    "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"
]

CONVAI_TTS_OUTPUT_FORMAT_VALUES: set[ConvaiTtsOutputFormat] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_convai_tts_output_format(value: str) -> ConvaiTtsOutputFormat:
    """Accept ``value`` as a ConvaiTtsOutputFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TTS_OUTPUT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTtsOutputFormat, value)
