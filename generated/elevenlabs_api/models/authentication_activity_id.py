from typing import Literal, cast

AuthenticationActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 99]

AUTHENTICATION_ACTIVITY_ID_VALUES: set[AuthenticationActivityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    99,
}


def check_authentication_activity_id(value: int) -> AuthenticationActivityId:
    """Accept ``value`` as a AuthenticationActivityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AUTHENTICATION_ACTIVITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(AuthenticationActivityId, value)
