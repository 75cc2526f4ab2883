from typing import Literal, cast

GenerationChunkInputConditionStrengthType0 = Literal["high", "low", "medium", "xhigh"]

GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES: set[GenerationChunkInputConditionStrengthType0] = {
    "high",
    "low",
    "medium",
    "xhigh",
}


def check_generation_chunk_input_condition_strength_type_0(value: str) -> GenerationChunkInputConditionStrengthType0:
    """Accept ``value`` as a GenerationChunkInputConditionStrengthType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GENERATION_CHUNK_INPUT_CONDITION_STRENGTH_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GenerationChunkInputConditionStrengthType0, value)
