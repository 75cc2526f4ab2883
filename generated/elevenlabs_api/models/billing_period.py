from typing import Literal, cast

BillingPeriod = Literal["3_month_period", "6_month_period", "annual_period", "monthly_period"]

BILLING_PERIOD_VALUES: set[BillingPeriod] = {
    "3_month_period",
    "6_month_period",
    "annual_period",
    "monthly_period",
}


def check_billing_period(value: str) -> BillingPeriod:
    """Accept ``value`` as a BillingPeriod.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``BILLING_PERIOD_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(BillingPeriod, value)
