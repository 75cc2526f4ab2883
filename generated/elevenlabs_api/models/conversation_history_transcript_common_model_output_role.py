from typing import Literal, cast

ConversationHistoryTranscriptCommonModelOutputRole = Literal["agent", "user"]

CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES: set[
    ConversationHistoryTranscriptCommonModelOutputRole
] = {
    "agent",
    "user",
}


def check_conversation_history_transcript_common_model_output_role(
    value: str,
) -> ConversationHistoryTranscriptCommonModelOutputRole:
    """Accept ``value`` as a ConversationHistoryTranscriptCommonModelOutputRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVERSATION_HISTORY_TRANSCRIPT_COMMON_MODEL_OUTPUT_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConversationHistoryTranscriptCommonModelOutputRole, value)
