from typing import Literal, cast

ConvaiMcpServerTransport = Literal["SSE", "STREAMABLE_HTTP"]

CONVAI_MCP_SERVER_TRANSPORT_VALUES: set[ConvaiMcpServerTransport] = {
    "SSE",
    "STREAMABLE_HTTP",
}


def check_convai_mcp_server_transport(value: str) -> ConvaiMcpServerTransport:
    """Accept ``value`` as a ConvaiMcpServerTransport.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_MCP_SERVER_TRANSPORT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiMcpServerTransport, value)
