from typing import Literal, cast

ConvaiRagIndexStatus = Literal[
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
]

CONVAI_RAG_INDEX_STATUS_VALUES: set[ConvaiRagIndexStatus] = {
    "cannot_index_folder",
    "created",
    "document_too_small",
    "failed",
    "new",
    "processing",
    "rag_limit_exceeded",
    "succeeded",
}


def check_convai_rag_index_status(value: str) -> ConvaiRagIndexStatus:
    """Accept ``value`` as a ConvaiRagIndexStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_RAG_INDEX_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiRagIndexStatus, value)
