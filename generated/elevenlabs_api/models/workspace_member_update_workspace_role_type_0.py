from typing import Literal, cast

WorkspaceMemberUpdateWorkspaceRoleType0 = Literal["workspace_admin", "workspace_member"]

WORKSPACE_MEMBER_UPDATE_WORKSPACE_ROLE_TYPE_0_VALUES: set[WorkspaceMemberUpdateWorkspaceRoleType0] = {
    "workspace_admin",
    "workspace_member",
}


def check_workspace_member_update_workspace_role_type_0(value: str) -> WorkspaceMemberUpdateWorkspaceRoleType0:
    """Accept ``value`` as a WorkspaceMemberUpdateWorkspaceRoleType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_MEMBER_UPDATE_WORKSPACE_ROLE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceMemberUpdateWorkspaceRoleType0, value)
