from typing import Literal, cast

WsTextNormalization = Literal["auto", "off", "on"]

WS_TEXT_NORMALIZATION_VALUES: set[WsTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_ws_text_normalization(value: str) -> WsTextNormalization:
    """Accept ``value`` as a WsTextNormalization.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_TEXT_NORMALIZATION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsTextNormalization, value)
