from typing import Literal, cast

ToolInterruptionMode = Literal["allow", "disable_during_tool", "disable_during_tool_and_turn"]

TOOL_INTERRUPTION_MODE_VALUES: set[ToolInterruptionMode] = {
    "allow",
    "disable_during_tool",
    "disable_during_tool_and_turn",
}


def check_tool_interruption_mode(value: str) -> ToolInterruptionMode:
    """Accept ``value`` as a ToolInterruptionMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_INTERRUPTION_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolInterruptionMode, value)
