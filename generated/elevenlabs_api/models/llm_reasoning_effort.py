from typing import Literal, cast

LLMReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

LLM_REASONING_EFFORT_VALUES: set[LLMReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_llm_reasoning_effort(value: str) -> LLMReasoningEffort:
    """Accept ``value`` as a LLMReasoningEffort.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``LLM_REASONING_EFFORT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(LLMReasoningEffort, value)
