from typing import Literal, cast

WorkspaceWebhookUsageType = Literal[
    "Agent QA Evaluations",
    "ConvAI Agent Settings",
    "ConvAI Alerting",
    "ConvAI Settings",
    "Dubbing",
    "Flows",
    "Speech to Text",
    "Voice Library Removal Notices",
]

WORKSPACE_WEBHOOK_USAGE_TYPE_VALUES: set[WorkspaceWebhookUsageType] = {
    "Agent QA Evaluations",
    "ConvAI Agent Settings",
    "ConvAI Alerting",
    "ConvAI Settings",
    "Dubbing",
    "Flows",
    "Speech to Text",
    "Voice Library Removal Notices",
}


def check_workspace_webhook_usage_type(value: str) -> WorkspaceWebhookUsageType:
    """Accept ``value`` as a WorkspaceWebhookUsageType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_WEBHOOK_USAGE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceWebhookUsageType, value)
