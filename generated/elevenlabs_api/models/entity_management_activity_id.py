from typing import Literal, cast

EntityManagementActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99]

ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES: set[EntityManagementActivityId] = {
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
    10,
    11,
    12,
    13,
    99,
}


def check_entity_management_activity_id(value: int) -> EntityManagementActivityId:
    """Accept ``value`` as a EntityManagementActivityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(EntityManagementActivityId, value)
