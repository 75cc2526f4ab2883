from typing import Literal, cast

ToolErrorHandlingMode = Literal["auto", "hide", "passthrough", "summarized"]

TOOL_ERROR_HANDLING_MODE_VALUES: set[ToolErrorHandlingMode] = {
    "auto",
    "hide",
    "passthrough",
    "summarized",
}


def check_tool_error_handling_mode(value: str) -> ToolErrorHandlingMode:
    """Accept ``value`` as a ToolErrorHandlingMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_ERROR_HANDLING_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolErrorHandlingMode, value)
