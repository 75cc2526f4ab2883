from typing import Literal, cast

ConvaiTurnMode = Literal["silence", "turn"]

CONVAI_TURN_MODE_VALUES: set[ConvaiTurnMode] = {
    "silence",
    "turn",
}


def check_convai_turn_mode(value: str) -> ConvaiTurnMode:
    """Accept ``value`` as a ConvaiTurnMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TURN_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTurnMode, value)
