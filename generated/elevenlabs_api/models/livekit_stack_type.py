from typing import Literal, cast

LivekitStackType = Literal["standard", "static"]

LIVEKIT_STACK_TYPE_VALUES: set[LivekitStackType] = {
    "standard",
    "static",
}


def check_livekit_stack_type(value: str) -> LivekitStackType:
    """Accept ``value`` as a LivekitStackType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``LIVEKIT_STACK_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(LivekitStackType, value)
