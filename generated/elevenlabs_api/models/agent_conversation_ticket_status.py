from typing import Literal, cast

AgentConversationTicketStatus = Literal["in_progress", "merged", "open", "resolved"]

AGENT_CONVERSATION_TICKET_STATUS_VALUES: set[AgentConversationTicketStatus] = {
    "in_progress",
    "merged",
    "open",
    "resolved",
}


def check_agent_conversation_ticket_status(value: str) -> AgentConversationTicketStatus:
    """Accept ``value`` as a AgentConversationTicketStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_CONVERSATION_TICKET_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentConversationTicketStatus, value)
