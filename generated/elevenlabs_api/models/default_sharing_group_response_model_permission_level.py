from typing import Literal, cast

DefaultSharingGroupResponseModelPermissionLevel = Literal["admin", "editor", "viewer"]

DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_VALUES: set[DefaultSharingGroupResponseModelPermissionLevel] = {
    "admin",
    "editor",
    "viewer",
}


def check_default_sharing_group_response_model_permission_level(
    value: str,
) -> DefaultSharingGroupResponseModelPermissionLevel:
    """Accept ``value`` as a DefaultSharingGroupResponseModelPermissionLevel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DefaultSharingGroupResponseModelPermissionLevel, value)
