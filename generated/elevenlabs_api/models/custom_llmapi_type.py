from typing import Literal, cast

CustomLLMAPIType = Literal["chat_completions", "responses", "websocket"]

CUSTOM_LLMAPI_TYPE_VALUES: set[CustomLLMAPIType] = {
    "chat_completions",
    "responses",
    "websocket",
}


def check_custom_llmapi_type(value: str) -> CustomLLMAPIType:
    """Accept ``value`` as a CustomLLMAPIType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CUSTOM_LLMAPI_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CustomLLMAPIType, value)
