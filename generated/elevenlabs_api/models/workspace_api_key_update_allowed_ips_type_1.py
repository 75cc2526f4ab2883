from typing import Literal, cast

WorkspaceApiKeyUpdateAllowedIpsType1 = Literal["clear", "no_update"]

WORKSPACE_API_KEY_UPDATE_ALLOWED_IPS_TYPE_1_VALUES: set[WorkspaceApiKeyUpdateAllowedIpsType1] = {
    "clear",
    "no_update",
}


def check_workspace_api_key_update_allowed_ips_type_1(value: str) -> WorkspaceApiKeyUpdateAllowedIpsType1:
    """Accept ``value`` as a WorkspaceApiKeyUpdateAllowedIpsType1.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_API_KEY_UPDATE_ALLOWED_IPS_TYPE_1_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceApiKeyUpdateAllowedIpsType1, value)
