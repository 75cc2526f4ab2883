from typing import Literal, cast

BucketingStatus = Literal["completed", "failed", "pending"]

BUCKETING_STATUS_VALUES: set[BucketingStatus] = {
    "completed",
    "failed",
    "pending",
}


def check_bucketing_status(value: str) -> BucketingStatus:
    """Accept ``value`` as a BucketingStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BUCKETING_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BucketingStatus, value)
