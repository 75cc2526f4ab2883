from typing import Literal, cast

SpeechToTextFormTimestampsGranularity = Literal["character", "none", "word"]

SPEECH_TO_TEXT_FORM_TIMESTAMPS_GRANULARITY_VALUES: set[SpeechToTextFormTimestampsGranularity] = {
    "character",
    "none",
    "word",
}


def check_speech_to_text_form_timestamps_granularity(value: str) -> SpeechToTextFormTimestampsGranularity:
    """Accept ``value`` as a SpeechToTextFormTimestampsGranularity.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPEECH_TO_TEXT_FORM_TIMESTAMPS_GRANULARITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpeechToTextFormTimestampsGranularity, value)
