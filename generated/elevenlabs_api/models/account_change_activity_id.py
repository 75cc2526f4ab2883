from typing import Literal, cast

AccountChangeActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 99]

ACCOUNT_CHANGE_ACTIVITY_ID_VALUES: set[AccountChangeActivityId] = {
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
    99,
}


def check_account_change_activity_id(value: int) -> AccountChangeActivityId:
    """Accept ``value`` as a AccountChangeActivityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ACCOUNT_CHANGE_ACTIVITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(AccountChangeActivityId, value)
