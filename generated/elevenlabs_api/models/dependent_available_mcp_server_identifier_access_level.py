from typing import Literal, cast

DependentAvailableMCPServerIdentifierAccessLevel = Literal["admin", "commenter", "editor", "viewer"]

DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_VALUES: set[DependentAvailableMCPServerIdentifierAccessLevel] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_dependent_available_mcp_server_identifier_access_level(
    value: str,
) -> DependentAvailableMCPServerIdentifierAccessLevel:
    """Accept ``value`` as a DependentAvailableMCPServerIdentifierAccessLevel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DEPENDENT_AVAILABLE_MCP_SERVER_IDENTIFIER_ACCESS_LEVEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DependentAvailableMCPServerIdentifierAccessLevel, value)
