from typing import Literal, cast

WorkspaceWebhookAuthType = Literal["hmac", "mtls", "oauth2"]

WORKSPACE_WEBHOOK_AUTH_TYPE_VALUES: set[WorkspaceWebhookAuthType] = {
    "hmac",
    "mtls",
    "oauth2",
}


def check_workspace_webhook_auth_type(value: str) -> WorkspaceWebhookAuthType:
    """Accept ``value`` as a WorkspaceWebhookAuthType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_WEBHOOK_AUTH_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceWebhookAuthType, value)
