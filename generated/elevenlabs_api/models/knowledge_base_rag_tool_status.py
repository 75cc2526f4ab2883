from typing import Literal, cast

KnowledgeBaseRagToolStatus = Literal["no_documents", "no_results", "success"]

KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES: set[KnowledgeBaseRagToolStatus] = {
    "no_documents",
    "no_results",
    "success",
}


def check_knowledge_base_rag_tool_status(value: str) -> KnowledgeBaseRagToolStatus:
    """Accept ``value`` as a KnowledgeBaseRagToolStatus.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``KNOWLEDGE_BASE_RAG_TOOL_STATUS_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(KnowledgeBaseRagToolStatus, value)
