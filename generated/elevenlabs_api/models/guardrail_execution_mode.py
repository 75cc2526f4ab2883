from typing import Literal, cast

GuardrailExecutionMode = Literal["blocking", "streaming"]

GUARDRAIL_EXECUTION_MODE_VALUES: set[GuardrailExecutionMode] = {
    "blocking",
    "streaming",
}


def check_guardrail_execution_mode(value: str) -> GuardrailExecutionMode:
    """Accept ``value`` as a GuardrailExecutionMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GUARDRAIL_EXECUTION_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GuardrailExecutionMode, value)
