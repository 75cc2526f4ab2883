from typing import Literal, cast

ConvaiKnowledgeBaseDocumentType = Literal["file", "folder", "text", "url"]

CONVAI_KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES: set[ConvaiKnowledgeBaseDocumentType] = {
    "file",
    "folder",
    "text",
    "url",
}


def check_convai_knowledge_base_document_type(value: str) -> ConvaiKnowledgeBaseDocumentType:
    """Accept ``value`` as a ConvaiKnowledgeBaseDocumentType.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_KNOWLEDGE_BASE_DOCUMENT_TYPE_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiKnowledgeBaseDocumentType, value)
