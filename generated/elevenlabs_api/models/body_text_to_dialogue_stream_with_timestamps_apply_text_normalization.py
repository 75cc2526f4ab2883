from typing import Literal, cast

BodyTextToDialogueStreamWithTimestampsApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueStreamWithTimestampsApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_stream_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueStreamWithTimestampsApplyTextNormalization:
    """Accept ``value`` as a BodyTextToDialogueStreamWithTimestampsApplyTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BodyTextToDialogueStreamWithTimestampsApplyTextNormalization, value)
