from typing import Literal, cast

PendingSubscriptionSwitchNextTier = Literal[
    "creator",
    "enterprise",
    "free",
    "go",
    "grant_tier_1_2025_07_23",
    "grant_tier_2_2025_07_23",
    "growing_business",
    "pro",
    "scale_2024_08_10",
    "starter",
    "trial",
]

PENDING_SUBSCRIPTION_SWITCH_NEXT_TIER_VALUES: set[PendingSubscriptionSwitchNextTier] = {
    "creator",
    "enterprise",
    "free",
    "go",
    "grant_tier_1_2025_07_23",
    "grant_tier_2_2025_07_23",
    "growing_business",
    "pro",
    "scale_2024_08_10",
    "starter",
    "trial",
}


def check_pending_subscription_switch_next_tier(value: str) -> PendingSubscriptionSwitchNextTier:
    """Accept ``value`` as a PendingSubscriptionSwitchNextTier.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``PENDING_SUBSCRIPTION_SWITCH_NEXT_TIER_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(PendingSubscriptionSwitchNextTier, value)
