from typing import Literal, cast

UserTypeId = Literal[0, 1, 2, 3, 4, 99]

USER_TYPE_ID_VALUES: set[UserTypeId] = {
    0,
    1,
    2,
    3,
    4,
    99,
}


def check_user_type_id(value: int) -> UserTypeId:
    """Accept ``value`` as a UserTypeId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``USER_TYPE_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(UserTypeId, value)
