from typing import Literal, cast

SeverityId = Literal[0, 1, 2, 3, 4, 5, 6, 99]

SEVERITY_ID_VALUES: set[SeverityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    99,
}


def check_severity_id(value: int) -> SeverityId:
    """Accept ``value`` as a SeverityId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SEVERITY_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, int):
        raise TypeError(f"Unexpected value {value!r}: expected int")
    return cast(SeverityId, value)
