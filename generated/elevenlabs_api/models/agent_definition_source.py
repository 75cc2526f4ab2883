from typing import Literal, cast

AgentDefinitionSource = Literal["api", "cli", "template", "ui", "unknown"]

AGENT_DEFINITION_SOURCE_VALUES: set[AgentDefinitionSource] = {
    "api",
    "cli",
    "template",
    "ui",
    "unknown",
}


def check_agent_definition_source(value: str) -> AgentDefinitionSource:
    """Accept ``value`` as a AgentDefinitionSource.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_DEFINITION_SOURCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentDefinitionSource, value)
