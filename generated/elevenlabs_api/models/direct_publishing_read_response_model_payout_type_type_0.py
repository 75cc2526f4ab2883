from typing import Literal, cast

DirectPublishingReadResponseModelPayoutTypeType0 = Literal["engagement_based", "fixed_payout", "none"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelPayoutTypeType0
] = {
    "engagement_based",
    "fixed_payout",
    "none",
}


def check_direct_publishing_read_response_model_payout_type_type_0(
    value: str,
) -> DirectPublishingReadResponseModelPayoutTypeType0:
    """Accept ``value`` as a DirectPublishingReadResponseModelPayoutTypeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DirectPublishingReadResponseModelPayoutTypeType0, value)
