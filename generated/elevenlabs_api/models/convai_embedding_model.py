from typing import Literal, cast

ConvaiEmbeddingModel = Literal["e5_mistral_7b_instruct", "multilingual_e5_large_instruct"]

CONVAI_EMBEDDING_MODEL_VALUES: set[ConvaiEmbeddingModel] = {
    "e5_mistral_7b_instruct",
    "multilingual_e5_large_instruct",
}


def check_convai_embedding_model(value: str) -> ConvaiEmbeddingModel:
    """Accept ``value`` as a ConvaiEmbeddingModel.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_EMBEDDING_MODEL_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiEmbeddingModel, value)
