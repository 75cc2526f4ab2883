from typing import Literal, cast

EntryBehavior = Literal["auto", "generate_immediately", "wait_for_user"]

ENTRY_BEHAVIOR_VALUES: set[EntryBehavior] = {
    "auto",
    "generate_immediately",
    "wait_for_user",
}


def check_entry_behavior(value: str) -> EntryBehavior:
    """Accept ``value`` as a EntryBehavior.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ENTRY_BEHAVIOR_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(EntryBehavior, value)
