from typing import Literal, cast

WhatsAppConversationInfoDirection = Literal["inbound", "outbound", "unknown"]

WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES: set[WhatsAppConversationInfoDirection] = {
    "inbound",
    "outbound",
    "unknown",
}


def check_whats_app_conversation_info_direction(value: str) -> WhatsAppConversationInfoDirection:
    """Accept ``value`` as a WhatsAppConversationInfoDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WHATS_APP_CONVERSATION_INFO_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WhatsAppConversationInfoDirection, value)
