from typing import Literal, cast

AttachedSystemEvaluationRefAnalysisItemId = Literal[
    "__system_eval_criteria_frustration", "__system_eval_criteria_sentiment"
]

ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_VALUES: set[AttachedSystemEvaluationRefAnalysisItemId] = {
    "__system_eval_criteria_frustration",
    "__system_eval_criteria_sentiment",
}


def check_attached_system_evaluation_ref_analysis_item_id(value: str) -> AttachedSystemEvaluationRefAnalysisItemId:
    """Accept ``value`` as a AttachedSystemEvaluationRefAnalysisItemId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ATTACHED_SYSTEM_EVALUATION_REF_ANALYSIS_ITEM_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AttachedSystemEvaluationRefAnalysisItemId, value)
