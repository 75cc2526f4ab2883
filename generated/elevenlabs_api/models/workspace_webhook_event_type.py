from typing import Literal, cast

WorkspaceWebhookEventType = Literal["agent_qa", "flows", "speech_to_text", "voice_library_removal_notice"]

WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES: set[WorkspaceWebhookEventType] = {
    "agent_qa",
    "flows",
    "speech_to_text",
    "voice_library_removal_notice",
}


def check_workspace_webhook_event_type(value: str) -> WorkspaceWebhookEventType:
    """Accept ``value`` as a WorkspaceWebhookEventType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_WEBHOOK_EVENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceWebhookEventType, value)
