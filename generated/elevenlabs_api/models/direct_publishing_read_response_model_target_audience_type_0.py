from typing import Literal, cast

DirectPublishingReadResponseModelTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelTargetAudienceType0
] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_direct_publishing_read_response_model_target_audience_type_0(
    value: str,
) -> DirectPublishingReadResponseModelTargetAudienceType0:
    """Accept ``value`` as a DirectPublishingReadResponseModelTargetAudienceType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(DirectPublishingReadResponseModelTargetAudienceType0, value)
