from typing import Literal, cast

StudioAccessLevel = Literal["admin", "commenter", "editor", "viewer"]

STUDIO_ACCESS_LEVEL_VALUES: set[StudioAccessLevel] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_studio_access_level(value: str) -> StudioAccessLevel:
    """Accept ``value`` as a StudioAccessLevel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_ACCESS_LEVEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioAccessLevel, value)
