from typing import Literal, cast

StatusId = Literal[0, 1, 2, 99]

STATUS_ID_VALUES: set[StatusId] = {
    0,
    1,
    2,
    99,
}


def check_status_id(value: int) -> StatusId:
    """Accept ``value`` as a StatusId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STATUS_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(StatusId, value)
