from typing import Literal, cast

AgentTrustContext = Literal["high", "low", "unknown"]

AGENT_TRUST_CONTEXT_VALUES: set[AgentTrustContext] = {
    "high",
    "low",
    "unknown",
}


def check_agent_trust_context(value: str) -> AgentTrustContext:
    """Accept ``value`` as a AgentTrustContext.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``AGENT_TRUST_CONTEXT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AgentTrustContext, value)
