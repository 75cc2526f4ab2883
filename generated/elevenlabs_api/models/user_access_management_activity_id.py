from typing import Literal, cast

UserAccessManagementActivityId = Literal[0, 1, 2, 99]

USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES: set[UserAccessManagementActivityId] = {
    0,
    1,
    2,
    99,
}


def check_user_access_management_activity_id(value: int) -> UserAccessManagementActivityId:
    """Accept ``value`` as a UserAccessManagementActivityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(UserAccessManagementActivityId, value)
