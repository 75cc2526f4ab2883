from typing import Literal, cast

SubscriptionStatus = Literal["active", "free", "free_disabled", "incomplete", "past_due", "trialing"]

SUBSCRIPTION_STATUS_VALUES: set[SubscriptionStatus] = {
    "active",
    "free",
    "free_disabled",
    "incomplete",
    "past_due",
    "trialing",
}


def check_subscription_status(value: str) -> SubscriptionStatus:
    """Accept ``value`` as a SubscriptionStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SUBSCRIPTION_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SubscriptionStatus, value)
