from typing import Literal, cast

MockingStrategy = Literal["all", "none", "selected"]

MOCKING_STRATEGY_VALUES: set[MockingStrategy] = {
    "all",
    "none",
    "selected",
}


def check_mocking_strategy(value: str) -> MockingStrategy:
    """Accept ``value`` as a MockingStrategy.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MOCKING_STRATEGY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MockingStrategy, value)
