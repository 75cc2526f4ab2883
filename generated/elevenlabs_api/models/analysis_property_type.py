from typing import Literal, cast

AnalysisPropertyType = Literal["boolean", "integer", "number", "string"]

ANALYSIS_PROPERTY_TYPE_VALUES: set[AnalysisPropertyType] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_analysis_property_type(value: str) -> AnalysisPropertyType:
    """Accept ``value`` as a AnalysisPropertyType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ANALYSIS_PROPERTY_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AnalysisPropertyType, value)
