from typing import Literal, cast

GetConversationSummaryResponseModelStatus = Literal["done", "failed", "in-progress", "initiated", "processing"]

GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_VALUES: set[GetConversationSummaryResponseModelStatus] = {
    "done",
    "failed",
    "in-progress",
    "initiated",
    "processing",
}


def check_get_conversation_summary_response_model_status(value: str) -> GetConversationSummaryResponseModelStatus:
    """Accept ``value`` as a GetConversationSummaryResponseModelStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GET_CONVERSATION_SUMMARY_RESPONSE_MODEL_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GetConversationSummaryResponseModelStatus, value)
