from typing import Literal, cast

SpeechToTextFormModelId = Literal["scribe_v1", "scribe_v2"]

SPEECH_TO_TEXT_FORM_MODEL_ID_VALUES: set[SpeechToTextFormModelId] = {
    "scribe_v1",
    "scribe_v2",
}


def check_speech_to_text_form_model_id(value: str) -> SpeechToTextFormModelId:
    """Accept ``value`` as a SpeechToTextFormModelId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SPEECH_TO_TEXT_FORM_MODEL_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SpeechToTextFormModelId, value)
