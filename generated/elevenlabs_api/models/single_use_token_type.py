from typing import Literal, cast

SingleUseTokenType = Literal["batch_scribe", "realtime_scribe", "tts_websocket"]

SINGLE_USE_TOKEN_TYPE_VALUES: set[SingleUseTokenType] = {
    "batch_scribe",
    "realtime_scribe",
    "tts_websocket",
}


def check_single_use_token_type(value: str) -> SingleUseTokenType:
    """Accept ``value`` as a SingleUseTokenType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SINGLE_USE_TOKEN_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SingleUseTokenType, value)
