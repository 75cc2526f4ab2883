from typing import Literal, cast

WsSttErrorMessageType = Literal[
    "auth_error",
    "chunk_size_exceeded",
    "commit_throttled",
    "error",
    "input_error",
    "insufficient_audio_activity",
    "invalid_request",
    "queue_overflow",
    "quota_exceeded",
    "rate_limited",
    "resource_exhausted",
    "session_time_limit_exceeded",
    "transcriber_error",
    "unaccepted_terms",
]

WS_STT_ERROR_MESSAGE_TYPE_VALUES: set[WsSttErrorMessageType] = {
    "auth_error",
    "chunk_size_exceeded",
    "commit_throttled",
    "error",
    "input_error",
    "insufficient_audio_activity",
    "invalid_request",
    "queue_overflow",
    "quota_exceeded",
    "rate_limited",
    "resource_exhausted",
    "session_time_limit_exceeded",
    "transcriber_error",
    "unaccepted_terms",
}


def check_ws_stt_error_message_type(value: str) -> WsSttErrorMessageType:
    """Accept ``value`` as a WsSttErrorMessageType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``WS_STT_ERROR_MESSAGE_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(WsSttErrorMessageType, value)
