from typing import Literal, cast

ReviewResponseModelReviewStatus = Literal["approved", "edits_required", "rejected"]

REVIEW_RESPONSE_MODEL_REVIEW_STATUS_VALUES: set[ReviewResponseModelReviewStatus] = {
    "approved",
    "edits_required",
    "rejected",
}


def check_review_response_model_review_status(value: str) -> ReviewResponseModelReviewStatus:
    """Accept ``value`` as a ReviewResponseModelReviewStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``REVIEW_RESPONSE_MODEL_REVIEW_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ReviewResponseModelReviewStatus, value)
