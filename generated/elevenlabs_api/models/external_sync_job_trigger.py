from typing import Literal, cast

ExternalSyncJobTrigger = Literal["auto", "on_connect", "on_demand"]

EXTERNAL_SYNC_JOB_TRIGGER_VALUES: set[ExternalSyncJobTrigger] = {
    "auto",
    "on_connect",
    "on_demand",
}


def check_external_sync_job_trigger(value: str) -> ExternalSyncJobTrigger:
    """Accept ``value`` as a ExternalSyncJobTrigger.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``EXTERNAL_SYNC_JOB_TRIGGER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ExternalSyncJobTrigger, value)
