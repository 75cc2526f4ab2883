from typing import Literal, cast

WorkspaceShareOptionType = Literal["group", "key", "user"]

WORKSPACE_SHARE_OPTION_TYPE_VALUES: set[WorkspaceShareOptionType] = {
    "group",
    "key",
    "user",
}


def check_workspace_share_option_type(value: str) -> WorkspaceShareOptionType:
    """Accept ``value`` as a WorkspaceShareOptionType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WORKSPACE_SHARE_OPTION_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WorkspaceShareOptionType, value)
