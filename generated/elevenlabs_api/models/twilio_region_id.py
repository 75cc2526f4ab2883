from typing import Literal, cast

TwilioRegionId = Literal["au1", "ie1", "us1"]

TWILIO_REGION_ID_VALUES: set[TwilioRegionId] = {
    "au1",
    "ie1",
    "us1",
}


def check_twilio_region_id(value: str) -> TwilioRegionId:
    """Accept ``value`` as a TwilioRegionId.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TWILIO_REGION_ID_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TwilioRegionId, value)
