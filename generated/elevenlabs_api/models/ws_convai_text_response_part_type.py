from typing import Literal, cast

WsConvaiTextResponsePartType = Literal["delta", "start", "stop"]

WS_CONVAI_TEXT_RESPONSE_PART_TYPE_VALUES: set[WsConvaiTextResponsePartType] = {
    "delta",
    "start",
    "stop",
}


def check_ws_convai_text_response_part_type(value: str) -> WsConvaiTextResponsePartType:
    """Accept ``value`` as a WsConvaiTextResponsePartType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_CONVAI_TEXT_RESPONSE_PART_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsConvaiTextResponsePartType, value)
