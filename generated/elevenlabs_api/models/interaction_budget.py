from typing import Literal, cast

InteractionBudget = Literal["10_minutes", "1_hour", "5_minutes", "realtime"]

INTERACTION_BUDGET_VALUES: set[InteractionBudget] = {
    "10_minutes",
    "1_hour",
    "5_minutes",
    "realtime",
}


def check_interaction_budget(value: str) -> InteractionBudget:
    """Accept ``value`` as a InteractionBudget.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INTERACTION_BUDGET_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InteractionBudget, value)
