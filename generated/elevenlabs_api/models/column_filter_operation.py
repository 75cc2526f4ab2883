from typing import Literal, cast

ColumnFilterOperation = Literal["eq", "ge", "gt", "in", "le", "lt", "neq", "not_in"]

COLUMN_FILTER_OPERATION_VALUES: set[ColumnFilterOperation] = {
    "eq",
    "ge",
    "gt",
    "in",
    "le",
    "lt",
    "neq",
    "not_in",
}


def check_column_filter_operation(value: str) -> ColumnFilterOperation:
    """Accept ``value`` as a ColumnFilterOperation.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``COLUMN_FILTER_OPERATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ColumnFilterOperation, value)
