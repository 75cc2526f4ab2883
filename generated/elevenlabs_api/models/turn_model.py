from typing import Literal, cast

TurnModel = Literal["turn_v2", "turn_v3"]

TURN_MODEL_VALUES: set[TurnModel] = {
    "turn_v2",
    "turn_v3",
}


def check_turn_model(value: str) -> TurnModel:
    """Accept ``value`` as a TurnModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TURN_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TurnModel, value)
