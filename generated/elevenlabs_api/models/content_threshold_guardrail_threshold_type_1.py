from typing import Literal, cast

ContentThresholdGuardrailThresholdType1 = Literal["high", "low", "medium"]

CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES: set[ContentThresholdGuardrailThresholdType1] = {
    "high",
    "low",
    "medium",
}


def check_content_threshold_guardrail_threshold_type_1(value: str) -> ContentThresholdGuardrailThresholdType1:
    """Accept ``value`` as a ContentThresholdGuardrailThresholdType1.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONTENT_THRESHOLD_GUARDRAIL_THRESHOLD_TYPE_1_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ContentThresholdGuardrailThresholdType1, value)
