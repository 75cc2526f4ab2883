from typing import Literal, cast

GenerationChunkInputContextAdherence = Literal["high", "low", "medium"]

GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_VALUES: set[GenerationChunkInputContextAdherence] = {
    "high",
    "low",
    "medium",
}


def check_generation_chunk_input_context_adherence(value: str) -> GenerationChunkInputContextAdherence:
    """Accept ``value`` as a GenerationChunkInputContextAdherence.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``GENERATION_CHUNK_INPUT_CONTEXT_ADHERENCE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(GenerationChunkInputContextAdherence, value)
