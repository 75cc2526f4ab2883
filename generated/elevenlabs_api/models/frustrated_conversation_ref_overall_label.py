from typing import Literal, cast

FrustratedConversationRefOverallLabel = Literal["negative", "neutral", "positive"]

FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_VALUES: set[FrustratedConversationRefOverallLabel] = {
    "negative",
    "neutral",
    "positive",
}


def check_frustrated_conversation_ref_overall_label(value: str) -> FrustratedConversationRefOverallLabel:
    """Accept ``value`` as a FrustratedConversationRefOverallLabel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(FrustratedConversationRefOverallLabel, value)
