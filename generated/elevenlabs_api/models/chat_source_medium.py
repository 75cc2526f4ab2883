from typing import Literal, cast

ChatSourceMedium = Literal["audio", "file", "image", "text"]

CHAT_SOURCE_MEDIUM_VALUES: set[ChatSourceMedium] = {
    "audio",
    "file",
    "image",
    "text",
}


def check_chat_source_medium(value: str) -> ChatSourceMedium:
    """Accept ``value`` as a ChatSourceMedium.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CHAT_SOURCE_MEDIUM_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ChatSourceMedium, value)
