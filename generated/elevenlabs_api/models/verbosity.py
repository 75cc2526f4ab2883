from typing import Literal, cast

Verbosity = Literal["auto", "concise", "thorough"]

VERBOSITY_VALUES: set[Verbosity] = {
    "auto",
    "concise",
    "thorough",
}


def check_verbosity(value: str) -> Verbosity:
    """Accept ``value`` as a Verbosity.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``VERBOSITY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Verbosity, value)
