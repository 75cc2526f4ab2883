from typing import Literal, cast

ReviewResponseModelRejectReasonsType0Item = Literal[
    "content_policy",
    "doesnt_open",
    "duplicate",
    "formatting_issues",
    "lacks_structure",
    "language_not_supported",
    "legal_violation",
    "low_quality",
    "metadata_inaccurate",
    "metadata_incomplete",
    "not_literary_work",
    "other",
    "promotional",
    "public_domain",
    "review_error",
    "spam",
    "too_short",
    "typos",
]

REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_VALUES: set[ReviewResponseModelRejectReasonsType0Item] = {
    "content_policy",
    "doesnt_open",
    "duplicate",
    "formatting_issues",
    "lacks_structure",
    "language_not_supported",
    "legal_violation",
    "low_quality",
    "metadata_inaccurate",
    "metadata_incomplete",
    "not_literary_work",
    "other",
    "promotional",
    "public_domain",
    "review_error",
    "spam",
    "too_short",
    "typos",
}


def check_review_response_model_reject_reasons_type_0_item(value: str) -> ReviewResponseModelRejectReasonsType0Item:
    """Accept ``value`` as a ReviewResponseModelRejectReasonsType0Item.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``REVIEW_RESPONSE_MODEL_REJECT_REASONS_TYPE_0_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ReviewResponseModelRejectReasonsType0Item, value)
