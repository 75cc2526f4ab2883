from typing import Literal, cast

TestSharingMode = Literal["all", "shared_with_me"]

TEST_SHARING_MODE_VALUES: set[TestSharingMode] = {
    "all",
    "shared_with_me",
}


def check_test_sharing_mode(value: str) -> TestSharingMode:
    """Accept ``value`` as a TestSharingMode.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEST_SHARING_MODE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TestSharingMode, value)
