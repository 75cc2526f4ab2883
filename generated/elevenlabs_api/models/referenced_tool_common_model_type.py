from typing import Literal, cast

ReferencedToolCommonModelType = Literal[
    "api_integration_webhook", "client", "code", "mcp", "system", "webhook", "workflow"
]

REFERENCED_TOOL_COMMON_MODEL_TYPE_VALUES: set[ReferencedToolCommonModelType] = {
    "api_integration_webhook",
    "client",
    "code",
    "mcp",
    "system",
    "webhook",
    "workflow",
}


def check_referenced_tool_common_model_type(value: str) -> ReferencedToolCommonModelType:
    """Accept ``value`` as a ReferencedToolCommonModelType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``REFERENCED_TOOL_COMMON_MODEL_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ReferencedToolCommonModelType, value)
