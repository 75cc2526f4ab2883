from typing import Literal, cast

SpeechToTextFormFileFormat = Literal["other", "pcm_s16le_16"]

SPEECH_TO_TEXT_FORM_FILE_FORMAT_VALUES: set[SpeechToTextFormFileFormat] = {
    "other",
    "pcm_s16le_16",
}


def check_speech_to_text_form_file_format(value: str) -> SpeechToTextFormFileFormat:
    """Accept ``value`` as a SpeechToTextFormFileFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPEECH_TO_TEXT_FORM_FILE_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpeechToTextFormFileFormat, value)
