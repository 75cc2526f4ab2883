from typing import Literal, cast

ConvaiClientEvent = Literal[
    "agent_response",
    "agent_response_correction",
    "agent_tool_response",
    "asr_initiation_metadata",
    "audio",
    "client_tool_call",
    "conversation_initiation_metadata",
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
    "agent_response",
    "agent_response_correction",
    "agent_tool_response",
    "asr_initiation_metadata",
    "audio",
    "client_tool_call",
    "conversation_initiation_metadata",
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
