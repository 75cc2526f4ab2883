from typing import Literal, cast

ConvaiMcpToolApprovalPolicy = Literal["auto_approved", "requires_approval"]

CONVAI_MCP_TOOL_APPROVAL_POLICY_VALUES: set[ConvaiMcpToolApprovalPolicy] = {
    "auto_approved",
    "requires_approval",
}


def check_convai_mcp_tool_approval_policy(value: str) -> ConvaiMcpToolApprovalPolicy:
    """Accept ``value`` as a ConvaiMcpToolApprovalPolicy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_MCP_TOOL_APPROVAL_POLICY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiMcpToolApprovalPolicy, value)
