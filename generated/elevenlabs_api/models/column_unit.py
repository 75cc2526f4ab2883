from typing import Literal, cast

ColumnUnit = Literal["credits", "duration", "eur", "inr", "min", "ms", "pln", "rating", "ratio", "s", "usd"]

COLUMN_UNIT_VALUES: set[ColumnUnit] = {
    "credits",
    "duration",
    "eur",
    "inr",
    "min",
    "ms",
    "pln",
    "rating",
    "ratio",
    "s",
    "usd",
}


def check_column_unit(value: str) -> ColumnUnit:
    """Accept ``value`` as a ColumnUnit.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``COLUMN_UNIT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ColumnUnit, value)
