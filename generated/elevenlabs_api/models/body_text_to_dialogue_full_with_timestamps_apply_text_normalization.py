from typing import Literal, cast

BodyTextToDialogueFullWithTimestampsApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueFullWithTimestampsApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_full_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueFullWithTimestampsApplyTextNormalization:
    """Accept ``value`` as a BodyTextToDialogueFullWithTimestampsApplyTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyTextToDialogueFullWithTimestampsApplyTextNormalization, value)
