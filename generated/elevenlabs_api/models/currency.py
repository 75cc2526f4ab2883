from typing import Literal, cast

Currency = Literal["eur", "inr", "pln", "usd"]

CURRENCY_VALUES: set[Currency] = {
    "eur",
    "inr",
    "pln",
    "usd",
}


def check_currency(value: str) -> Currency:
    """Accept ``value`` as a Currency.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CURRENCY_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(Currency, value)
