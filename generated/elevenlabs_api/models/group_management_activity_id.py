from typing import Literal, cast

GroupManagementActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99]

GROUP_MANAGEMENT_ACTIVITY_ID_VALUES: set[GroupManagementActivityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    99,
}


def check_group_management_activity_id(value: int) -> GroupManagementActivityId:
    """Accept ``value`` as a GroupManagementActivityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GROUP_MANAGEMENT_ACTIVITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(GroupManagementActivityId, value)
