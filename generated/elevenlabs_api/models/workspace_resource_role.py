from typing import Literal, cast

WorkspaceResourceRole = Literal["admin", "commenter", "editor", "viewer"]

WORKSPACE_RESOURCE_ROLE_VALUES: set[WorkspaceResourceRole] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_workspace_resource_role(value: str) -> WorkspaceResourceRole:
    """Accept ``value`` as a WorkspaceResourceRole.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_RESOURCE_ROLE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceResourceRole, value)
