from typing import Literal, cast

GuardrailType = Literal[
    "custom",
    "guardrail",
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "medical_and_legal",
    "profanity",
    "prompt_injection",
    "religion_or_politics",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
]

GUARDRAIL_TYPE_VALUES: set[GuardrailType] = {
    "custom",
    "guardrail",
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "medical_and_legal",
    "profanity",
    "prompt_injection",
    "religion_or_politics",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
}


def check_guardrail_type(value: str) -> GuardrailType:
    """Accept ``value`` as a GuardrailType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GUARDRAIL_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GuardrailType, value)
