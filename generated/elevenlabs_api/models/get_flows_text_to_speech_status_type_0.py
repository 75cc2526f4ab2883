from typing import Literal, cast

GetFlowsTextToSpeechStatusType0 = Literal["completed", "failed", "generating", "pending"]

GET_FLOWS_TEXT_TO_SPEECH_STATUS_TYPE_0_VALUES: set[GetFlowsTextToSpeechStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_get_flows_text_to_speech_status_type_0(value: str) -> GetFlowsTextToSpeechStatusType0:
    """Accept ``value`` as a GetFlowsTextToSpeechStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_FLOWS_TEXT_TO_SPEECH_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetFlowsTextToSpeechStatusType0, value)
