from typing import Literal, cast

TestType = Literal["folder", "llm", "simulation", "tool"]

TEST_TYPE_VALUES: set[TestType] = {
    "folder",
    "llm",
    "simulation",
    "tool",
}


def check_test_type(value: str) -> TestType:
    """Accept ``value`` as a TestType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEST_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TestType, value)
