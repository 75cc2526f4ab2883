from typing import Literal, cast

CustomGuardrailConfigModel = Literal[
    "claude-haiku-4-5",
    "claude-sonnet-4-6",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
]

CUSTOM_GUARDRAIL_CONFIG_MODEL_VALUES: set[CustomGuardrailConfigModel] = {
    "claude-haiku-4-5",
    "claude-sonnet-4-6",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-3.1-flash-lite",
    "gemini-3.5-flash",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
}


def check_custom_guardrail_config_model(value: str) -> CustomGuardrailConfigModel:
    """Accept ``value`` as a CustomGuardrailConfigModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CUSTOM_GUARDRAIL_CONFIG_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(CustomGuardrailConfigModel, value)
