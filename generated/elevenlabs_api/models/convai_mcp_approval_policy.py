from typing import Literal, cast

ConvaiMcpApprovalPolicy = Literal["auto_approve_all", "require_approval_all", "require_approval_per_tool"]

CONVAI_MCP_APPROVAL_POLICY_VALUES: set[ConvaiMcpApprovalPolicy] = {
    "auto_approve_all",
    "require_approval_all",
    "require_approval_per_tool",
}


def check_convai_mcp_approval_policy(value: str) -> ConvaiMcpApprovalPolicy:
    """Accept ``value`` as a ConvaiMcpApprovalPolicy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_MCP_APPROVAL_POLICY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiMcpApprovalPolicy, value)
