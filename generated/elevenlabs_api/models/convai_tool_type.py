from typing import Literal, cast

ConvaiToolType = Literal[
    "api_integration_mcp", "api_integration_webhook", "client", "mcp", "smb", "system", "webhook", "workflow"
]

CONVAI_TOOL_TYPE_VALUES: set[ConvaiToolType] = {
    "api_integration_mcp",
    "api_integration_webhook",
    "client",
    "mcp",
    "smb",
    "system",
    "webhook",
    "workflow",
}


def check_convai_tool_type(value: str) -> ConvaiToolType:
    """Accept ``value`` as a ConvaiToolType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TOOL_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiToolType, value)
