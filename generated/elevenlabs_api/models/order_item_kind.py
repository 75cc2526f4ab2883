from typing import Literal, cast

OrderItemKind = Literal["dub", "subtitles", "transcription"]

ORDER_ITEM_KIND_VALUES: set[OrderItemKind] = {
    "dub",
    "subtitles",
    "transcription",
}


def check_order_item_kind(value: str) -> OrderItemKind:
    """Accept ``value`` as a OrderItemKind.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ORDER_ITEM_KIND_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(OrderItemKind, value)
