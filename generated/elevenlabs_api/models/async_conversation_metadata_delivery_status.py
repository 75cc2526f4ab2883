from typing import Literal, cast

AsyncConversationMetadataDeliveryStatus = Literal["failed", "pending", "success"]

ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES: set[AsyncConversationMetadataDeliveryStatus] = {
    "failed",
    "pending",
    "success",
}


def check_async_conversation_metadata_delivery_status(value: str) -> AsyncConversationMetadataDeliveryStatus:
    """Accept ``value`` as a AsyncConversationMetadataDeliveryStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``ASYNC_CONVERSATION_METADATA_DELIVERY_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(AsyncConversationMetadataDeliveryStatus, value)
