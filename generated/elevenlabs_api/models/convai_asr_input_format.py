from typing import Literal, cast

ConvaiAsrInputFormat = Literal["pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"]

CONVAI_ASR_INPUT_FORMAT_VALUES: set[ConvaiAsrInputFormat] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_convai_asr_input_format(value: str) -> ConvaiAsrInputFormat:
    """Accept ``value`` as a ConvaiAsrInputFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_ASR_INPUT_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiAsrInputFormat, value)
