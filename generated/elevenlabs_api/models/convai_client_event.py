from typing import Literal, cast

ConvaiClientEvent = Literal[
    "agent_chat_response_part",
    "agent_response",
    "agent_response_complete",
    "agent_response_correction",
    "agent_response_metadata",
    "agent_tool_request",
    "agent_tool_response",
    "agent_tool_response_full_payload",
    "asr_initiation_metadata",
    "audio",
    "client_error",
    "client_tool_call",
    "context_usage",
    "conversation_initiation_metadata",
    "dtmf_request",
    "guardrail_triggered",
    "internal_tentative_agent_response",
    "internal_turn_probability",
    "interruption",
    "mcp_connection_status",
    "mcp_tool_call",
    "ping",
    "tentative_user_transcript",
    "user_transcript",
    "vad_score",
]

CONVAI_CLIENT_EVENT_VALUES: set[ConvaiClientEvent] = {
    "agent_chat_response_part",
    "agent_response",
    "agent_response_complete",
    "agent_response_correction",
    "agent_response_metadata",
    "agent_tool_request",
    "agent_tool_response",
    "agent_tool_response_full_payload",
    "asr_initiation_metadata",
    "audio",
    "client_error",
    "client_tool_call",
    "context_usage",
    "conversation_initiation_metadata",
    "dtmf_request",
    "guardrail_triggered",
    "internal_tentative_agent_response",
    "internal_turn_probability",
    "interruption",
    "mcp_connection_status",
    "mcp_tool_call",
    "ping",
    "tentative_user_transcript",
    "user_transcript",
    "vad_score",
}


def check_convai_client_event(value: str) -> ConvaiClientEvent:
    """Accept ``value`` as a ConvaiClientEvent.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CLIENT_EVENT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiClientEvent, value)
