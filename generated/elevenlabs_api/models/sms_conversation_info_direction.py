from typing import Literal, cast

SMSConversationInfoDirection = Literal["inbound", "outbound"]

SMS_CONVERSATION_INFO_DIRECTION_VALUES: set[SMSConversationInfoDirection] = {
    "inbound",
    "outbound",
}


def check_sms_conversation_info_direction(value: str) -> SMSConversationInfoDirection:
    """Accept ``value`` as a SMSConversationInfoDirection.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``SMS_CONVERSATION_INFO_DIRECTION_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(SMSConversationInfoDirection, value)
