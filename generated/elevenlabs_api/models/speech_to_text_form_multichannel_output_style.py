from typing import Literal, cast

SpeechToTextFormMultichannelOutputStyle = Literal["combined", "separate"]

SPEECH_TO_TEXT_FORM_MULTICHANNEL_OUTPUT_STYLE_VALUES: set[SpeechToTextFormMultichannelOutputStyle] = {
    "combined",
    "separate",
}


def check_speech_to_text_form_multichannel_output_style(value: str) -> SpeechToTextFormMultichannelOutputStyle:
    """Accept ``value`` as a SpeechToTextFormMultichannelOutputStyle.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPEECH_TO_TEXT_FORM_MULTICHANNEL_OUTPUT_STYLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpeechToTextFormMultichannelOutputStyle, value)
