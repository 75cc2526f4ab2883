from typing import Literal, cast

ConvaiTestRunStatus = Literal["failed", "passed", "pending"]

CONVAI_TEST_RUN_STATUS_VALUES: set[ConvaiTestRunStatus] = {
    "failed",
    "passed",
    "pending",
}


def check_convai_test_run_status(value: str) -> ConvaiTestRunStatus:
    """Accept ``value`` as a ConvaiTestRunStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_TEST_RUN_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiTestRunStatus, value)
