from typing import Literal, cast

ConvaiAccessLevel = Literal["admin", "commenter", "editor", "viewer"]

CONVAI_ACCESS_LEVEL_VALUES: set[ConvaiAccessLevel] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_convai_access_level(value: str) -> ConvaiAccessLevel:
    """Accept ``value`` as a ConvaiAccessLevel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_ACCESS_LEVEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiAccessLevel, value)
