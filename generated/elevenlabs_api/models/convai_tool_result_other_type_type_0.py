from typing import Literal, cast

ConvaiToolResultOtherTypeType0 = Literal["client", "code", "mcp", "webhook"]

CONVAI_TOOL_RESULT_OTHER_TYPE_TYPE_0_VALUES: set[ConvaiToolResultOtherTypeType0] = {
    "client",
    "code",
    "mcp",
    "webhook",
}


def check_convai_tool_result_other_type_type_0(value: str) -> ConvaiToolResultOtherTypeType0:
    """Accept ``value`` as a ConvaiToolResultOtherTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TOOL_RESULT_OTHER_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiToolResultOtherTypeType0, value)
