from typing import Literal, cast

ConvaiToolResultOtherType = Literal["client", "mcp", "webhook"]

CONVAI_TOOL_RESULT_OTHER_TYPE_VALUES: set[ConvaiToolResultOtherType] = {
    "client",
    "mcp",
    "webhook",
}


def check_convai_tool_result_other_type(value: str) -> ConvaiToolResultOtherType:
    """Accept ``value`` as a ConvaiToolResultOtherType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TOOL_RESULT_OTHER_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiToolResultOtherType, value)
