from typing import Literal, cast

ConvaiConversationTokenPurpose = Literal["shareable_link", "signed_url"]

CONVAI_CONVERSATION_TOKEN_PURPOSE_VALUES: set[ConvaiConversationTokenPurpose] = {
    "shareable_link",
    "signed_url",
}


def check_convai_conversation_token_purpose(value: str) -> ConvaiConversationTokenPurpose:
    """Accept ``value`` as a ConvaiConversationTokenPurpose.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_CONVERSATION_TOKEN_PURPOSE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiConversationTokenPurpose, value)
