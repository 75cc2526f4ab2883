from typing import Literal, cast

ConvaiConversationsGetFormat = Literal["json", "opentelemetry"]

CONVAI_CONVERSATIONS_GET_FORMAT_VALUES: set[ConvaiConversationsGetFormat] = {
    "json",
    "opentelemetry",
}


def check_convai_conversations_get_format(value: str) -> ConvaiConversationsGetFormat:
    """Accept ``value`` as a ConvaiConversationsGetFormat.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATIONS_GET_FORMAT_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationsGetFormat, value)
