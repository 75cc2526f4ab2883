from typing import Literal, cast

AgentConversationTicketSource = Literal["agent", "manual", "qa"]

AGENT_CONVERSATION_TICKET_SOURCE_VALUES: set[AgentConversationTicketSource] = {
    "agent",
    "manual",
    "qa",
}


def check_agent_conversation_ticket_source(value: str) -> AgentConversationTicketSource:
    """Accept ``value`` as a AgentConversationTicketSource.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_CONVERSATION_TICKET_SOURCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentConversationTicketSource, value)
