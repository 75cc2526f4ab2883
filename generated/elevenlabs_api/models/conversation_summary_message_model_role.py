from typing import Literal, cast

ConversationSummaryMessageModelRole = Literal["agent", "user"]

CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_VALUES: set[ConversationSummaryMessageModelRole] = {
    "agent",
    "user",
}


def check_conversation_summary_message_model_role(value: str) -> ConversationSummaryMessageModelRole:
    """Accept ``value`` as a ConversationSummaryMessageModelRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVERSATION_SUMMARY_MESSAGE_MODEL_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConversationSummaryMessageModelRole, value)
