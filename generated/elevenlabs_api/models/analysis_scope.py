from typing import Literal, cast

AnalysisScope = Literal["agent", "conversation"]

ANALYSIS_SCOPE_VALUES: set[AnalysisScope] = {
    "agent",
    "conversation",
}


def check_analysis_scope(value: str) -> AnalysisScope:
    """Accept ``value`` as a AnalysisScope.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ANALYSIS_SCOPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AnalysisScope, value)
