from typing import Literal, cast

StudioFiction = Literal["fiction", "non-fiction"]

STUDIO_FICTION_VALUES: set[StudioFiction] = {
    "fiction",
    "non-fiction",
}


def check_studio_fiction(value: str) -> StudioFiction:
    """Accept ``value`` as a StudioFiction.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``STUDIO_FICTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(StudioFiction, value)
