from typing import Literal, cast

BranchProtectionStatus = Literal["admin_perms_required", "writer_perms_required"]

BRANCH_PROTECTION_STATUS_VALUES: set[BranchProtectionStatus] = {
    "admin_perms_required",
    "writer_perms_required",
}


def check_branch_protection_status(value: str) -> BranchProtectionStatus:
    """Accept ``value`` as a BranchProtectionStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BRANCH_PROTECTION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BranchProtectionStatus, value)
