from typing import Literal, cast

InvoicePaymentIntentStatussesItem = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_PAYMENT_INTENT_STATUSSES_ITEM_VALUES: set[InvoicePaymentIntentStatussesItem] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_payment_intent_statusses_item(value: str) -> InvoicePaymentIntentStatussesItem:
    """Accept ``value`` as a InvoicePaymentIntentStatussesItem.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INVOICE_PAYMENT_INTENT_STATUSSES_ITEM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InvoicePaymentIntentStatussesItem, value)
