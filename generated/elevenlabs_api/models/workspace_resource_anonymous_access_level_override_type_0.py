from typing import Literal, cast

WorkspaceResourceAnonymousAccessLevelOverrideType0 = Literal["admin", "commenter", "editor", "viewer"]

WORKSPACE_RESOURCE_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    WorkspaceResourceAnonymousAccessLevelOverrideType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_workspace_resource_anonymous_access_level_override_type_0(
    value: str,
) -> WorkspaceResourceAnonymousAccessLevelOverrideType0:
    """Accept ``value`` as a WorkspaceResourceAnonymousAccessLevelOverrideType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_RESOURCE_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceResourceAnonymousAccessLevelOverrideType0, value)
