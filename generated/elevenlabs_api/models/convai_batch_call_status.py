from typing import Literal, cast

ConvaiBatchCallStatus = Literal["cancelled", "completed", "failed", "in_progress", "pending"]

CONVAI_BATCH_CALL_STATUS_VALUES: set[ConvaiBatchCallStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_convai_batch_call_status(value: str) -> ConvaiBatchCallStatus:
    """Accept ``value`` as a ConvaiBatchCallStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_BATCH_CALL_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiBatchCallStatus, value)
