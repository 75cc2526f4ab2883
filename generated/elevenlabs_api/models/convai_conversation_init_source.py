from typing import Literal, cast

ConvaiConversationInitSource = Literal[
    "android_sdk",
    "genesys",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "sip_trunk",
    "swift_sdk",
    "twilio",
    "unknown",
    "widget",
]

CONVAI_CONVERSATION_INIT_SOURCE_VALUES: set[ConvaiConversationInitSource] = {
    "android_sdk",
    "genesys",
    "js_sdk",
    "node_js_sdk",
    "python_sdk",
    "react_native_sdk",
    "react_sdk",
    "sip_trunk",
    "swift_sdk",
    "twilio",
    "unknown",
    "widget",
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
