from typing import Literal, cast

ConvaiEvaluationResult = Literal["failure", "success", "unknown"]

CONVAI_EVALUATION_RESULT_VALUES: set[ConvaiEvaluationResult] = {
    "failure",
    "success",
    "unknown",
}


def check_convai_evaluation_result(value: str) -> ConvaiEvaluationResult:
    """Accept ``value`` as a ConvaiEvaluationResult.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_EVALUATION_RESULT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiEvaluationResult, value)
