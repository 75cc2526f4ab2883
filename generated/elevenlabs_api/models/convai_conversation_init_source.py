from typing import Literal, cast

ConvaiConversationInitSource = Literal[
    "android_sdk",
    "audiocodes",
    "avaya",
    "exotel",
    "flutter_sdk",
    "freshdesk_integration",
    "genesys",
    "genesys_bot_connector",
    "intercom_integration",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "salesforce_integration",
    "sip_trunk",
    "slack_integration",
    "subagent_tool",
    "swift_sdk",
    "telegram_integration",
    "template_preview",
    "twilio",
    "twilio_sms",
    "unknown",
    "whatsapp",
    "widget",
    "zendesk_integration",
]

CONVAI_CONVERSATION_INIT_SOURCE_VALUES: set[ConvaiConversationInitSource] = {
    "android_sdk",
    "audiocodes",
    "avaya",
    "exotel",
    "flutter_sdk",
    "freshdesk_integration",
    "genesys",
    "genesys_bot_connector",
    "intercom_integration",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "salesforce_integration",
    "sip_trunk",
    "slack_integration",
    "subagent_tool",
    "swift_sdk",
    "telegram_integration",
    "template_preview",
    "twilio",
    "twilio_sms",
    "unknown",
    "whatsapp",
    "widget",
    "zendesk_integration",
}


def check_convai_conversation_init_source(value: str) -> ConvaiConversationInitSource:
    """Accept ``value`` as a ConvaiConversationInitSource.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATION_INIT_SOURCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationInitSource, value)
