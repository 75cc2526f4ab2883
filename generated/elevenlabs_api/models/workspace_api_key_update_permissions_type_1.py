from typing import Literal, cast

WorkspaceApiKeyUpdatePermissionsType1 = Literal["all", "no_update"]

WORKSPACE_API_KEY_UPDATE_PERMISSIONS_TYPE_1_VALUES: set[WorkspaceApiKeyUpdatePermissionsType1] = {
    "all",
    "no_update",
}


def check_workspace_api_key_update_permissions_type_1(value: str) -> WorkspaceApiKeyUpdatePermissionsType1:
    """Accept ``value`` as a WorkspaceApiKeyUpdatePermissionsType1.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_API_KEY_UPDATE_PERMISSIONS_TYPE_1_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceApiKeyUpdatePermissionsType1, value)
