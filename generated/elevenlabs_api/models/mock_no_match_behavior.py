from typing import Literal, cast

MockNoMatchBehavior = Literal["call_real_tool", "raise_error"]

MOCK_NO_MATCH_BEHAVIOR_VALUES: set[MockNoMatchBehavior] = {
    "call_real_tool",
    "raise_error",
}


def check_mock_no_match_behavior(value: str) -> MockNoMatchBehavior:
    """Accept ``value`` as a MockNoMatchBehavior.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``MOCK_NO_MATCH_BEHAVIOR_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(MockNoMatchBehavior, value)
