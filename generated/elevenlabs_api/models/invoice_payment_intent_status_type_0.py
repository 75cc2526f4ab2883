from typing import Literal, cast

InvoicePaymentIntentStatusType0 = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]

INVOICE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES: set[InvoicePaymentIntentStatusType0] = {
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
}


def check_invoice_payment_intent_status_type_0(value: str) -> InvoicePaymentIntentStatusType0:
    """Accept ``value`` as a InvoicePaymentIntentStatusType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``INVOICE_PAYMENT_INTENT_STATUS_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(InvoicePaymentIntentStatusType0, value)
