from typing import Literal, cast

ProcedureType = Literal["deterministic", "free_form"]

PROCEDURE_TYPE_VALUES: set[ProcedureType] = {
    "deterministic",
    "free_form",
}


def check_procedure_type(value: str) -> ProcedureType:
    """Accept ``value`` as a ProcedureType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PROCEDURE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ProcedureType, value)
