from typing import Literal, cast

WorkspaceInviteWorkspacePermissionType0 = Literal[
    "admin",
    "convai_admin",
    "enterprise_viewer",
    "external",
    "human_reviewer",
    "internal",
    "moderator",
    "productions_admin",
    "quality_check_admin",
    "sales",
    "support",
    "support_l1",
    "support_l2",
    "voice_admin",
    "voice_mixer",
    "workspace_admin",
    "workspace_member",
    "workspace_migration_admin",
]

WORKSPACE_INVITE_WORKSPACE_PERMISSION_TYPE_0_VALUES: set[WorkspaceInviteWorkspacePermissionType0] = {
    "admin",
    "convai_admin",
    "enterprise_viewer",
    "external",
    "human_reviewer",
    "internal",
    "moderator",
    "productions_admin",
    "quality_check_admin",
    "sales",
    "support",
    "support_l1",
    "support_l2",
    "voice_admin",
    "voice_mixer",
    "workspace_admin",
    "workspace_member",
    "workspace_migration_admin",
}


def check_workspace_invite_workspace_permission_type_0(value: str) -> WorkspaceInviteWorkspacePermissionType0:
    """Accept ``value`` as a WorkspaceInviteWorkspacePermissionType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_INVITE_WORKSPACE_PERMISSION_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceInviteWorkspacePermissionType0, value)
