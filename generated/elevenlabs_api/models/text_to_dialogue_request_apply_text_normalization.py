from typing import Literal, cast

TextToDialogueRequestApplyTextNormalization = Literal["auto", "off", "on"]

TEXT_TO_DIALOGUE_REQUEST_APPLY_TEXT_NORMALIZATION_VALUES: set[TextToDialogueRequestApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_text_to_dialogue_request_apply_text_normalization(value: str) -> TextToDialogueRequestApplyTextNormalization:
    """Accept ``value`` as a TextToDialogueRequestApplyTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEXT_TO_DIALOGUE_REQUEST_APPLY_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TextToDialogueRequestApplyTextNormalization, value)
