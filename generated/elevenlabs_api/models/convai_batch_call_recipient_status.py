from typing import Literal, cast

ConvaiBatchCallRecipientStatus = Literal[
    "cancelled", "completed", "dispatched", "failed", "in_progress", "initiated", "pending", "voicemail"
]

CONVAI_BATCH_CALL_RECIPIENT_STATUS_VALUES: set[ConvaiBatchCallRecipientStatus] = {
    "cancelled",
    "completed",
    "dispatched",
    "failed",
    "in_progress",
    "initiated",
    "pending",
    "voicemail",
}


def check_convai_batch_call_recipient_status(value: str) -> ConvaiBatchCallRecipientStatus:
    """Accept ``value`` as a ConvaiBatchCallRecipientStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_BATCH_CALL_RECIPIENT_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiBatchCallRecipientStatus, value)
