from typing import Literal, cast

AgentConversationTicketIssueType = Literal[
    "knowledge_gap", "missing_tool", "product_feedback", "tool_issue", "unnecessary_escalation"
]

AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES: set[AgentConversationTicketIssueType] = {
    "knowledge_gap",
    "missing_tool",
    "product_feedback",
    "tool_issue",
    "unnecessary_escalation",
}


def check_agent_conversation_ticket_issue_type(value: str) -> AgentConversationTicketIssueType:
    """Accept ``value`` as a AgentConversationTicketIssueType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_CONVERSATION_TICKET_ISSUE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentConversationTicketIssueType, value)
