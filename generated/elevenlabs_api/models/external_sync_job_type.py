from typing import Literal, cast

ExternalSyncJobType = Literal["full", "incremental"]

EXTERNAL_SYNC_JOB_TYPE_VALUES: set[ExternalSyncJobType] = {
    "full",
    "incremental",
}


def check_external_sync_job_type(value: str) -> ExternalSyncJobType:
    """Accept ``value`` as a ExternalSyncJobType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``EXTERNAL_SYNC_JOB_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ExternalSyncJobType, value)
