from typing import Literal, cast

ConvaiPhoneSipMediaEncryption = Literal["allowed", "disabled", "required"]

CONVAI_PHONE_SIP_MEDIA_ENCRYPTION_VALUES: set[ConvaiPhoneSipMediaEncryption] = {
    "allowed",
    "disabled",
    "required",
}


def check_convai_phone_sip_media_encryption(value: str) -> ConvaiPhoneSipMediaEncryption:
    """Accept ``value`` as a ConvaiPhoneSipMediaEncryption.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_PHONE_SIP_MEDIA_ENCRYPTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiPhoneSipMediaEncryption, value)
