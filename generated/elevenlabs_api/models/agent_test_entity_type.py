from typing import Literal, cast

AgentTestEntityType = Literal["folder", "test"]

AGENT_TEST_ENTITY_TYPE_VALUES: set[AgentTestEntityType] = {
    "folder",
    "test",
}


def check_agent_test_entity_type(value: str) -> AgentTestEntityType:
    """Accept ``value`` as a AgentTestEntityType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_TEST_ENTITY_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentTestEntityType, value)
