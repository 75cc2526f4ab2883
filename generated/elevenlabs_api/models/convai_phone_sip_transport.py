from typing import Literal, cast

ConvaiPhoneSipTransport = Literal["auto", "tcp", "tls", "udp"]

CONVAI_PHONE_SIP_TRANSPORT_VALUES: set[ConvaiPhoneSipTransport] = {
    "auto",
    "tcp",
    "tls",
    "udp",
}


def check_convai_phone_sip_transport(value: str) -> ConvaiPhoneSipTransport:
    """Accept ``value`` as a ConvaiPhoneSipTransport.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_PHONE_SIP_TRANSPORT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiPhoneSipTransport, value)
