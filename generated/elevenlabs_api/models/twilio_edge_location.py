from typing import Literal, cast

TwilioEdgeLocation = Literal[
    "ashburn", "dublin", "frankfurt", "roaming", "sao-paulo", "singapore", "sydney", "tokyo", "umatilla"
]

TWILIO_EDGE_LOCATION_VALUES: set[TwilioEdgeLocation] = {
    "ashburn",
    "dublin",
    "frankfurt",
    "roaming",
    "sao-paulo",
    "singapore",
    "sydney",
    "tokyo",
    "umatilla",
}


def check_twilio_edge_location(value: str) -> TwilioEdgeLocation:
    """Accept ``value`` as a TwilioEdgeLocation.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TWILIO_EDGE_LOCATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TwilioEdgeLocation, value)
