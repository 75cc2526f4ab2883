from typing import Literal, cast

ConvaiTransferType = Literal["blind", "conference", "sip_refer"]

CONVAI_TRANSFER_TYPE_VALUES: set[ConvaiTransferType] = {
    "blind",
    "conference",
    "sip_refer",
}


def check_convai_transfer_type(value: str) -> ConvaiTransferType:
    """Accept ``value`` as a ConvaiTransferType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TRANSFER_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTransferType, value)
