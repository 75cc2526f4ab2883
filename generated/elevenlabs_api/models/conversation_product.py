from typing import Literal, cast

ConversationProduct = Literal["agents", "speech_engine"]

CONVERSATION_PRODUCT_VALUES: set[ConversationProduct] = {
    "agents",
    "speech_engine",
}


def check_conversation_product(value: str) -> ConversationProduct:
    """Accept ``value`` as a ConversationProduct.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVERSATION_PRODUCT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConversationProduct, value)
