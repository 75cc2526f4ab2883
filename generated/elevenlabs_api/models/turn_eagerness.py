from typing import Literal, cast

TurnEagerness = Literal["eager", "normal", "patient"]

TURN_EAGERNESS_VALUES: set[TurnEagerness] = {
    "eager",
    "normal",
    "patient",
}


def check_turn_eagerness(value: str) -> TurnEagerness:
    """Accept ``value`` as a TurnEagerness.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TURN_EAGERNESS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TurnEagerness, value)
