from typing import Literal, cast

ToolExecutionMode = Literal["async", "immediate", "post_tool_speech"]

TOOL_EXECUTION_MODE_VALUES: set[ToolExecutionMode] = {
    "async",
    "immediate",
    "post_tool_speech",
}


def check_tool_execution_mode(value: str) -> ToolExecutionMode:
    """Accept ``value`` as a ToolExecutionMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_EXECUTION_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolExecutionMode, value)
