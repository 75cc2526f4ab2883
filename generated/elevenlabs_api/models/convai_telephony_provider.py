from typing import Literal, cast

ConvaiTelephonyProvider = Literal["exotel", "sip_trunk", "twilio"]

CONVAI_TELEPHONY_PROVIDER_VALUES: set[ConvaiTelephonyProvider] = {
    "exotel",
    "sip_trunk",
    "twilio",
}


def check_convai_telephony_provider(value: str) -> ConvaiTelephonyProvider:
    """Accept ``value`` as a ConvaiTelephonyProvider.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TELEPHONY_PROVIDER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTelephonyProvider, value)
