from typing import Literal, cast

OrderState = Literal["accepted", "cancelled", "cancelling", "done", "expired", "open", "paid", "rejected", "submitted"]

ORDER_STATE_VALUES: set[OrderState] = {
    "accepted",
    "cancelled",
    "cancelling",
    "done",
    "expired",
    "open",
    "paid",
    "rejected",
    "submitted",
}


def check_order_state(value: str) -> OrderState:
    """Accept ``value`` as a OrderState.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ORDER_STATE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(OrderState, value)
