from typing import Literal, cast

TestRunMetadataTestType = Literal["llm", "simulation", "tool_call"]

TEST_RUN_METADATA_TEST_TYPE_VALUES: set[TestRunMetadataTestType] = {
    "llm",
    "simulation",
    "tool_call",
}


def check_test_run_metadata_test_type(value: str) -> TestRunMetadataTestType:
    """Accept ``value`` as a TestRunMetadataTestType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TEST_RUN_METADATA_TEST_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(TestRunMetadataTestType, value)
