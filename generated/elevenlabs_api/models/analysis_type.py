from typing import Literal, cast

AnalysisType = Literal["data_collection", "evaluation_criteria"]

ANALYSIS_TYPE_VALUES: set[AnalysisType] = {
    "data_collection",
    "evaluation_criteria",
}


def check_analysis_type(value: str) -> AnalysisType:
    """Accept ``value`` as a AnalysisType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ANALYSIS_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AnalysisType, value)
