from typing import Literal, cast

LockReason = Literal["exposed_publicly", "self_disabled", "subscription_downgrade", "trial_ended"]

LOCK_REASON_VALUES: set[LockReason] = {
    "exposed_publicly",
    "self_disabled",
    "subscription_downgrade",
    "trial_ended",
}


def check_lock_reason(value: str) -> LockReason:
    """Accept ``value`` as a LockReason.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``LOCK_REASON_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(LockReason, value)
