from typing import Literal, cast

ConvaiIntegrationType = Literal["mcp_integration", "mcp_server"]

CONVAI_INTEGRATION_TYPE_VALUES: set[ConvaiIntegrationType] = {
    "mcp_integration",
    "mcp_server",
}


def check_convai_integration_type(value: str) -> ConvaiIntegrationType:
    """Accept ``value`` as a ConvaiIntegrationType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_INTEGRATION_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiIntegrationType, value)
