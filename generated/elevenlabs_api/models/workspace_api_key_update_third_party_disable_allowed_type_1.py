from typing import Literal, cast

WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1 = Literal["clear", "no_update"]

WORKSPACE_API_KEY_UPDATE_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES: set[
    WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1
] = {
    "clear",
    "no_update",
}


def check_workspace_api_key_update_third_party_disable_allowed_type_1(
    value: str,
) -> WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1:
    """Accept ``value`` as a WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_API_KEY_UPDATE_THIRD_PARTY_DISABLE_ALLOWED_TYPE_1_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceApiKeyUpdateThirdPartyDisableAllowedType1, value)
