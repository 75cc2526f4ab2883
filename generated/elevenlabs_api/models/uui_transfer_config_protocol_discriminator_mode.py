from typing import Literal, cast

UUITransferConfigProtocolDiscriminatorMode = Literal["pd_parameter", "prefix"]

UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_VALUES: set[UUITransferConfigProtocolDiscriminatorMode] = {
    "pd_parameter",
    "prefix",
}


def check_uui_transfer_config_protocol_discriminator_mode(value: str) -> UUITransferConfigProtocolDiscriminatorMode:
    """Accept ``value`` as a UUITransferConfigProtocolDiscriminatorMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``UUI_TRANSFER_CONFIG_PROTOCOL_DISCRIMINATOR_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(UUITransferConfigProtocolDiscriminatorMode, value)
