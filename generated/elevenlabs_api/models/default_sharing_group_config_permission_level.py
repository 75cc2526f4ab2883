from typing import Literal, cast

DefaultSharingGroupConfigPermissionLevel = Literal["admin", "editor", "viewer"]

DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES: set[DefaultSharingGroupConfigPermissionLevel] = {
    "admin",
    "editor",
    "viewer",
}


def check_default_sharing_group_config_permission_level(value: str) -> DefaultSharingGroupConfigPermissionLevel:
    """Accept ``value`` as a DefaultSharingGroupConfigPermissionLevel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DefaultSharingGroupConfigPermissionLevel, value)
